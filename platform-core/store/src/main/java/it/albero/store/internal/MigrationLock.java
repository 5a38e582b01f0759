package it.albero.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.albero.api.store.StoreException;

/**
 * A database-wide lock held while the schema is migrated, so that several nodes started at once against one
 * database migrate it once: the first applies the pending scripts, the others wait and then find nothing to do.
 * <p>
 * The lock lives on a connection of its own, held open for the whole migration (each script runs in its own
 * transaction on other connections). If the node dies, the database drops the connection and with it the lock:
 * there is no lock row to clear by hand.
 * <ul>
 * <li>PostgreSQL: a transaction advisory lock, {@code pg_advisory_xact_lock(key)}, in a transaction left open;
 * no table. A pooled connection is rolled back when returned, so the lock never outlives its use.</li>
 * <li>Derby and others: the single row of table {@code schema_lock}, updated in a transaction left open (a row
 * lock until the end); the table is created here, before any migration, like {@code schema_version}.</li>
 * </ul>
 */
final class MigrationLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationLock.class);

    /** The advisory lock key of Albero's migrations ("Albero" in ASCII). */
    static final long KEY = 0x416C6265726FL;

    /** How long a node waits for another node's migration before giving up. */
    static final Duration PATIENCE = Duration.ofMinutes(15);

    /** Derby: a lock could not be obtained within derby.locks.waitTimeout. */
    private static final String DERBY_LOCK_TIMEOUT = "40XL1";

    private final Connection connection;

    private MigrationLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits for the lock; the caller closes it when the migration is over. */
    static MigrationLock acquire(Database db) {
        Connection c = null;
        try {
            c = db.dataSource().getConnection();
            if (db.dialect() == Dialect.POSTGRESQL) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    ps.setLong(1, KEY);
                    ps.executeQuery().close();
                }
            } else {
                ensureLockTable(c);
                c.setAutoCommit(false);
                lockRow(c);
            }
            return new MigrationLock(c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c, e);
            if (e instanceof SQLException sql) {
                throw Database.failure("attesa del blocco per la migrazione dello schema", sql);
            }
            throw (RuntimeException) e;
        }
    }

    private static void lockRow(Connection c) throws SQLException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE schema_lock SET locked_at = ? WHERE id = 1")) {
                ps.setTimestamp(1, Timestamp.from(Instant.now()));
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("riga di schema_lock mancante");
                }
                return;
            } catch (SQLException e) {
                if (!DERBY_LOCK_TIMEOUT.equals(e.getSQLState()) || Instant.now().isAfter(giveUp)) {
                    throw e;
                }
                c.rollback();
                LOG.info("Un altro nodo sta migrando lo schema di Albero: attesa");
            }
        }
    }

    /** Creates {@code schema_lock} and its row unless there; another node doing the same at once is no error. */
    private static void ensureLockTable(Connection c) throws SQLException {
        c.setAutoCommit(true);
        if (!tableExists(c, "schema_lock")) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE schema_lock (id INT NOT NULL, locked_at TIMESTAMP,"
                        + " CONSTRAINT pk_schema_lock PRIMARY KEY (id))");
            } catch (SQLException e) {
                if (!tableExists(c, "schema_lock")) {
                    throw e;
                }
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_lock WHERE id = 1")) {
            rs.next();
            if (rs.getInt(1) == 1) {
                return;
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO schema_lock (id) VALUES (1)");
        } catch (SQLException e) {
            if (!Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        String schema = c.getSchema();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = c.getMetaData().getTables(null, schema, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Releases the lock by ending its transaction, and the connection. */
    @Override
    public void close() {
        try {
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.warn("Rilascio del blocco di migrazione: {} (il database lo rilascia chiudendo la connessione)",
                    e.getMessage());
        } finally {
            closeQuietly(connection, null);
        }
    }

    private static void closeQuietly(Connection c, Throwable cause) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
