package it.albero.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import it.albero.api.store.StoreException;

/**
 * Applies versioned schema migrations. The applied versions are in {@code schema_version} with the checksum of
 * their script; each pending migration runs in its own transaction together with its {@code schema_version}
 * row, so a failed one leaves the schema at the previous version. Running twice changes nothing; a script
 * changed after it was applied, or a database newer than the scripts, is refused. Nodes that start at once
 * against one database take turns through a {@link MigrationLock}: the schema is migrated once.
 */
final class Migrator {

    /** Where the bundle keeps its scripts; {@code index.txt} lists them in order. */
    static final String LOCATION = "/db/migration/";

    private final List<Migration> migrations;

    Migrator(List<Migration> migrations) {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).version() != i + 1) {
                throw new IllegalArgumentException("le migrazioni devono essere numerate 1, 2, 3... senza buchi: "
                        + sorted.stream().map(Migration::version).toList());
            }
        }
        this.migrations = List.copyOf(sorted);
    }

    /** The scripts shipped in this bundle. */
    static Migrator bundled() {
        return new Migrator(load(Migrator.class, Integer.MAX_VALUE));
    }

    /** The shipped scripts up to a version (tests use it to build an older database). */
    static List<Migration> load(Class<?> anchor, int upToVersion) {
        List<Migration> out = new ArrayList<>();
        for (String line : read(anchor, LOCATION + "index.txt").split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Migration m = Migration.parse(name, read(anchor, LOCATION + name));
            if (m.version() <= upToVersion) {
                out.add(m);
            }
        }
        return out;
    }

    private static String read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("Risorsa di migrazione mancante nel bundle: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Lettura della risorsa di migrazione " + resource + " fallita: " + e.getMessage(), e);
        }
    }

    /** The latest version the scripts know. */
    int latest() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /**
     * Brings the schema to the latest version.
     *
     * @return the migrations applied now (empty when the schema was already current)
     */
    List<Migration> migrate(Database db) {
        try (MigrationLock lock = MigrationLock.acquire(db)) {
            return migrateLocked(db);
        }
    }

    /** The migration proper, while this node holds the {@link MigrationLock}. */
    private List<Migration> migrateLocked(Database db) {
        ensureVersionTable(db);
        Map<Integer, String> applied = applied(db);
        for (Map.Entry<Integer, String> e : applied.entrySet()) {
            if (e.getKey() > latest()) {
                throw new StoreException("Il database è alla versione di schema " + e.getKey()
                        + ", più recente di questa versione di Albero (" + latest() + "): aggiornare Albero.");
            }
            Migration m = migrations.get(e.getKey() - 1);
            if (!m.checksum().equals(e.getValue())) {
                throw new StoreException("La migrazione V" + m.version() + " (" + m.description()
                        + ") è cambiata dopo essere stata applicata: checksum nel database " + e.getValue()
                        + ", nello script " + m.checksum() + ".");
            }
        }
        List<Migration> done = new ArrayList<>();
        for (Migration m : migrations) {
            if (!applied.containsKey(m.version())) {
                apply(db, m);
                done.add(m);
            }
        }
        return done;
    }

    /** The applied versions with their checksums. */
    Map<Integer, String> applied(Database db) {
        return db.read("lettura della versione dello schema", c -> {
            Map<Integer, String> out = new TreeMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version ORDER BY version")) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    private static void ensureVersionTable(Database db) {
        db.read("creazione della tabella schema_version", c -> {
            if (!MigrationLock.tableExists(c, "schema_version")) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("CREATE TABLE schema_version (version INT NOT NULL, description VARCHAR(200) NOT NULL,"
                            + " checksum VARCHAR(64) NOT NULL, installed_on TIMESTAMP NOT NULL,"
                            + " execution_ms INT NOT NULL, CONSTRAINT pk_schema_version PRIMARY KEY (version))");
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
            return null;
        });
    }

    private static void apply(Database db, Migration m) {
        db.inTransaction("migrazione dello schema a V" + m.version() + " (" + m.description() + ")", c -> {
            long start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                for (String sql : m.statements(db.dialect())) {
                    s.execute(sql);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO schema_version (version, description, checksum, installed_on, execution_ms)"
                            + " VALUES (?, ?, ?, ?, ?)")) {
                ps.setInt(1, m.version());
                ps.setString(2, m.description());
                ps.setString(3, m.checksum());
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.setInt(5, (int) ((System.nanoTime() - start) / 1_000_000));
                ps.executeUpdate();
            }
            return null;
        });
    }
}
