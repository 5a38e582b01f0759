package it.albero.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import it.albero.api.store.BackupService;

/**
 * The same repository suite on a real PostgreSQL server, started on loopback by this class from Debian's
 * {@code postgresql} package. Skipped, with a message, only when the binaries are absent.
 */
class PostgresStoreTest extends StoreContract implements OverrideContract, NodeCoordinationContract {

    @Override
    public Stores stores() {
        return stores;
    }

    private static PostgresServer server;
    private int count;

    @BeforeAll
    static void startServer() throws Exception {
        Optional<Path> bin = PostgresServer.binaries();
        Assumptions.assumeTrue(bin.isPresent(), "PostgreSQL non installato (/usr/lib/postgresql/*/bin/initdb"
                + " assente): test su PostgreSQL saltati. Installare con: apt-get install -y postgresql");
        server = PostgresServer.start(bin.get());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    protected DataSource freshDatabase() throws Exception {
        return server.createDatabase("albero_test_" + (++count));
    }

    @Override
    protected void closeDatabase() {
        // each test has its own database; the cluster goes at the end
    }

    @Test
    void backupSaysToUsePgDump() {
        BackupService.Result r = stores.backups().backup(Path.of("/tmp/non-usata"));
        assertNull(r.location());
        assertTrue(r.message().contains("pg_dump"), r.message());
        assertEquals(Dialect.POSTGRESQL, stores.db().dialect());
    }

    @Test
    void aWriteThroughAnotherNodeIsSeenByTheNextRead() {
        // two nodes: two store stacks on one database, each with its own change stamp and plan summary cache
        Stores other = Stores.open(dataSource, TYPES);
        stores.plans().save(TestPlans.small(), "ufficio");
        int version = other.plans().summary(KEY).orElseThrow().version(); // cached on the other node now
        long stamp = other.audit().latestId();
        stores.plans().updateStatus(KEY, it.albero.api.model.PlanStatus.ADOTTATO, version, "ufficio");
        assertTrue(other.audit().latestId() > stamp, "the other node's stamp moves at once");
        assertEquals(version + 1, other.plans().summary(KEY).orElseThrow().version(),
                "the other node's next read sees the new version");
    }

    @Test
    void theIndexesOfCorrectionsAndFedFilesLeaveOutTheOtherMeasurements() throws Exception {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT indexname, indexdef FROM pg_indexes"
                     + " WHERE tablename = 'measurement' ORDER BY indexname");
             java.sql.ResultSet rs = ps.executeQuery()) {
            java.util.Map<String, String> defs = new java.util.TreeMap<>();
            while (rs.next()) {
                defs.put(rs.getString(1), rs.getString(2));
            }
            assertTrue(defs.get("uq_measurement_supersedes").matches("CREATE UNIQUE INDEX .*WHERE \\(supersedes IS NOT NULL\\)"),
                    defs.toString());
            assertTrue(defs.get("ix_measurement_source_file").endsWith("WHERE (source_file IS NOT NULL)"), defs.toString());
            assertTrue(!defs.get("ix_measurement_indicator").contains("WHERE"), defs.toString());
        }
    }
}
