package it.albero.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import javax.sql.DataSource;

import it.albero.api.store.StoreException;

/** The DataSource with a transaction helper: every write runs in one transaction, committed or rolled back. */
final class Database {

    /** Work done on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Dialect dialect;
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    Database(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        try (Connection c = dataSource.getConnection()) {
            this.dialect = Dialect.of(c);
        } catch (SQLException e) {
            throw new StoreException("Impossibile aprire il database di Albero: " + e.getMessage(), e);
        }
    }

    /** How many transactions this node committed through {@link #inTransaction}: changes when anything was written. */
    long commits() {
        return commits.get();
    }

    Dialect dialect() {
        return dialect;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws.
     *
     * @param what Italian description of the operation, for error messages ("registrazione della rilevazione")
     */
    <T> T inTransaction(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                commits.incrementAndGet();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                restoreAutoCommit(c, autoCommit);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs read-only work (one consistent statement set, no commit needed). */
    <T> T read(String what, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    static StoreException failure(String what, SQLException e) {
        return new StoreException("Errore del database durante " + what + ": " + e.getMessage()
                + " (SQLState " + e.getSQLState() + ")", e);
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void restoreAutoCommit(Connection c, boolean autoCommit) {
        try {
            c.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // the connection is being closed anyway
        }
    }
}
