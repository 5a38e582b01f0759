package it.albero.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import it.albero.api.model.Measurement;
import it.albero.api.model.Plan;
import it.albero.api.store.BackupService;
import it.albero.api.store.ValidationException;

/** The repository suite on embedded Derby 10.14 (on disk, as in Karaf), plus backup and restore. */
class DerbyStoreTest extends StoreContract implements OverrideContract, NodeCoordinationContract {

    @Override
    public Stores stores() {
        return stores;
    }

    @TempDir
    Path dir;

    private int count;
    private final java.util.List<EmbeddedDataSource> opened = new java.util.ArrayList<>();

    @Override
    protected DataSource freshDatabase() {
        return derby(dir.resolve("db" + (++count)).resolve("albero"), null);
    }

    private EmbeddedDataSource derby(Path path, String attributes) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(path.toString());
        if (attributes == null) {
            ds.setCreateDatabase("create");
        } else {
            ds.setConnectionAttributes(attributes);
        }
        opened.add(ds);
        return ds;
    }

    @Override
    protected void closeDatabase() {
        for (EmbeddedDataSource ds : opened) {
            shutdown(ds.getDatabaseName());
        }
        opened.clear();
    }

    static void shutdown(String path) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(path);
        ds.setShutdownDatabase("shutdown");
        try {
            ds.getConnection().close();
        } catch (SQLException expected) {
            // 08006: the database was shut down (or XJ004: it was not open)
        }
    }

    @Test
    void backupThenRestoreIntoANewFolderGivesTheSamePlanAndMeasurements() throws Exception {
        stores.plans().save(TestPlans.small(), "ufficio");
        for (int i = 1; i <= 3; i++) {
            stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, i, 1), i, 10, "dir.entrate"));
        }
        Plan plan = stores.plans().load(KEY).orElseThrow();
        List<Measurement> measurements = stores.measurements().list(KEY, "ENT-01.1");

        BackupService backups = new JdbcBackupService(stores.db(), dir);
        BackupService.Result r = backups.backup(Path.of("backup"));
        assertEquals(dir.resolve("backup").resolve("albero"), r.location());
        assertTrue(Files.isDirectory(r.location().resolve("seg0")), "a Derby database folder");
        assertTrue(r.message().startsWith("Backup completato"), r.message());

        // written after the backup: must not be in the restored copy
        stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 9, 1), 9, 10, "dir.entrate"));

        DataSource restored = derby(dir.resolve("restored").resolve("albero"), "createFrom=" + r.location());
        Stores back = Stores.open(restored, TYPES);
        assertEquals(plan, back.plans().load(KEY).orElseThrow());
        assertEquals(measurements, back.measurements().list(KEY, "ENT-01.1"));
        assertEquals(3, back.measurements().count(KEY));
        assertEquals(stores.audit().recent(100).size() - 1, back.audit().recent(100).size());

        // the documented restore (platform-core/store/README.md): with Karaf stopped, copy the backup folder to
        // <new data folder>/derby/albero and open it with the distribution's URL (create=true opens it as is)
        Path newData = dir.resolve("new-data");
        copyTree(r.location(), newData.resolve("derby").resolve("albero"));
        Stores copied = Stores.open(derby(newData.resolve("derby").resolve("albero"), null), TYPES);
        assertEquals(plan, copied.plans().load(KEY).orElseThrow());
        assertEquals(measurements, copied.measurements().list(KEY, "ENT-01.1"));
        assertEquals(3, copied.measurements().count(KEY));
    }

    @Test
    void backupsAreWrittenOnlyUnderTheRoot() throws Exception {
        Path root = dir.resolve("data").resolve("backup");
        JdbcBackupService backups = new JdbcBackupService(stores.db(), root);
        assertEquals(root.resolve("2025-06-30").resolve("albero"), backups.backup(Path.of("2025-06-30")).location());
        assertEquals(root.resolve("a").resolve("b").resolve("albero"),
                backups.backup(root.resolve("a/./x/../b")).location(), "an absolute folder inside the root is fine");
        Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(root.resolve("link"), dir.resolve("outside"));
        for (Path bad : List.of(Path.of("../fuori"), Path.of("x/../../fuori"), dir.resolve("outside"),
                Path.of("/etc/albero"), Path.of(".."), Path.of("link/sotto"))) {
            ValidationException e = assertThrows(ValidationException.class, () -> backups.backup(bad), bad.toString());
            assertTrue(e.getMessage().contains("i backup si scrivono solo sotto " + root), e.getMessage());
            assertTrue(e.getMessage().contains("backup.root"), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("data").resolve("fuori")));
        assertFalse(Files.exists(dir.resolve("fuori")));
        try (var left = Files.list(dir.resolve("outside"))) {
            assertEquals(0, left.count(), "nothing written through the link");
        }
    }

    @Test
    void theRootIsDataBackupUnlessConfigured() {
        Path data = dir.resolve("karaf").resolve("data");
        assertEquals(data.resolve("backup"), JdbcBackupService.root("", data.toString()));
        assertEquals(data.resolve("backup"), JdbcBackupService.root(null, data.toString()));
        assertEquals(dir.resolve("srv"), JdbcBackupService.root(dir.resolve("srv").toString(), data.toString()));
        assertEquals(data.resolve("copie"), JdbcBackupService.root(" copie ", data.toString()));
        assertEquals(Path.of("data", "backup").toAbsolutePath(), JdbcBackupService.root("", null));
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
