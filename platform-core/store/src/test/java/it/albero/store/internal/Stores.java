package it.albero.store.internal;

import javax.sql.DataSource;

/** The store's parts on one DataSource, as the component builds them, with a chosen type validator. */
record Stores(Database db, JdbcPlanStore plans, JdbcMeasurementStore measurements, JdbcAuditTrail audit,
              JdbcBackupService backups, JdbcOverrideStore overrides, JdbcReminderLog reminders,
              JdbcNodeCoordination nodes) {

    /** With backups allowed under {@code target/backup} of the build. */
    static Stores open(DataSource ds, JdbcMeasurementStore.TypeValidator types) {
        return open(ds, types, java.nio.file.Path.of("target", "backup"));
    }

    static Stores open(DataSource ds, JdbcMeasurementStore.TypeValidator types, java.nio.file.Path backupRoot) {
        Database db = new Database(ds);
        Migrator.bundled().migrate(db);
        JdbcAuditTrail audit = new JdbcAuditTrail(db);
        return new Stores(db, new JdbcPlanStore(db, audit), new JdbcMeasurementStore(db, types), audit,
                new JdbcBackupService(db, backupRoot), new JdbcOverrideStore(db), new JdbcReminderLog(db),
                new JdbcNodeCoordination(db));
    }
}
