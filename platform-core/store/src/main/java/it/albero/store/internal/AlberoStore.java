package it.albero.store.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.albero.api.engine.Engine;
import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.ScoreOverride;
import it.albero.api.store.AuditEntry;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.BackupService;
import it.albero.api.store.IndicatorRef;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.NodeCoordination;
import it.albero.api.store.FedFile;
import it.albero.api.store.ReminderLog;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.PlanVersion;

/**
 * The store component: binds the DataSource named {@code albero} (pax-jdbc-config,
 * {@code etc/org.ops4j.datasource-albero.cfg}), brings the schema to the latest version, and offers the plan
 * store, the measurement store, the score overrides, the audit trail and backups. The target can be changed with
 * {@code dataSource.target} in {@code etc/it.albero.store.cfg}.
 * <p>
 * The engine is optional: when it is present and the indicator's type is installed, measurements are checked
 * against the type's schema; otherwise only the store's own checks apply (the data is never refused because a
 * module is missing).
 * <p>
 * Backups are written only under {@code backup.root} ({@code data/backup} by default); a change of it applies at
 * once, without restarting the component.
 */
@Designate(ocd = StoreConfig.class)
@Component(configurationPid = "it.albero.store",
        service = {PlanStore.class, MeasurementStore.class, OverrideStore.class, AuditTrail.class, ReminderLog.class,
                BackupService.class, NodeCoordination.class})
public final class AlberoStore implements PlanStore, MeasurementStore, OverrideStore, AuditTrail, BackupService,
        ReminderLog, NodeCoordination {

    private static final Logger LOG = LoggerFactory.getLogger(AlberoStore.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Engine engine;

    private final JdbcPlanStore plans;
    private final JdbcMeasurementStore measurements;
    private final JdbcReminderLog reminders;
    private final JdbcNodeCoordination nodes;
    private final JdbcOverrideStore overrides;
    private final JdbcAuditTrail audit;
    private final Database db;
    private volatile JdbcBackupService backups;

    @Activate
    public AlberoStore(@Reference(name = "dataSource", target = "(dataSourceName=albero)") DataSource dataSource,
                       StoreConfig config) {
        this.db = new Database(dataSource);
        Migrator migrator = Migrator.bundled();
        for (Migration m : migrator.migrate(db)) {
            LOG.info("Schema di Albero portato alla versione {} ({})", m.version(), m.description());
        }
        LOG.info("Store di Albero pronto su {} (schema versione {})", db.dialect(), migrator.latest());
        this.audit = new JdbcAuditTrail(db);
        this.plans = new JdbcPlanStore(db, audit);
        this.measurements = new JdbcMeasurementStore(db, this::validateWithType);
        this.reminders = new JdbcReminderLog(db);
        this.nodes = new JdbcNodeCoordination(db);
        this.overrides = new JdbcOverrideStore(db);
        this.backups = backups(db, config);
    }

    private static JdbcBackupService backups(Database db, StoreConfig config) {
        JdbcBackupService b = new JdbcBackupService(db, JdbcBackupService.root(config.backup_root(),
                System.getProperty("karaf.data")));
        LOG.info("Backup dell'archivio ammessi sotto {}", b.root());
        return b;
    }

    @Modified
    void modified(StoreConfig config) {
        this.backups = backups(db, config);
    }

    private List<String> validateWithType(Indicator indicator, Measurement measurement) {
        Engine e = engine;
        if (e == null || e.type(indicator.typeId()).isEmpty()) {
            return List.of();
        }
        try {
            return e.validate(indicator, measurement);
        } catch (RuntimeException ex) {
            return List.of("rilevazione per " + indicator.code() + ": il tipo '" + indicator.typeId()
                    + "' non è riuscito a controllare i valori (" + ex + ")");
        }
    }

    // PlanStore

    @Override
    public List<Ente> enti() {
        return plans.enti();
    }

    @Override
    public List<PlanSummary> plans() {
        return plans.plans();
    }

    @Override
    public PlanSummary save(Plan plan, String author) {
        return plans.save(plan, author);
    }

    @Override
    public Optional<Plan> load(PlanKey key) {
        return plans.load(key);
    }

    @Override
    public Optional<PlanSummary> summary(PlanKey key) {
        return plans.summary(key);
    }

    @Override
    public Optional<PlanSummary> current() {
        return plans.current();
    }

    @Override
    public Optional<PlanSummary> current(String enteCode) {
        return plans.current(enteCode);
    }

    @Override
    public PlanSummary updateStatus(PlanKey key, PlanStatus status, int expectedVersion, String author) {
        return plans.updateStatus(key, status, expectedVersion, author);
    }

    @Override
    public Optional<IndicatorRef> indicator(PlanKey key, String indicatorCode) {
        return plans.indicator(key, indicatorCode);
    }

    @Override
    public List<PlanVersion> versions(PlanKey key) {
        return plans.versions(key);
    }

    @Override
    public Optional<Plan> load(PlanKey key, int version) {
        return plans.load(key, version);
    }

    // MeasurementStore

    @Override
    public long record(PlanKey plan, Measurement measurement) {
        return measurements.record(plan, measurement);
    }

    @Override
    public long correct(PlanKey plan, long correctedId, Measurement measurement) {
        return measurements.correct(plan, correctedId, measurement);
    }

    @Override
    public List<Measurement> list(PlanKey plan, String indicatorCode) {
        return measurements.list(plan, indicatorCode);
    }

    @Override
    public int count(PlanKey plan) {
        return measurements.count(plan);
    }

    @Override
    public MeasurementSource source(PlanKey plan) {
        return measurements.source(plan);
    }

    @Override
    public List<Long> recordFile(PlanKey plan, FedFile file, List<Measurement> list) {
        return measurements.recordFile(plan, file, list);
    }

    @Override
    public int recordBatch(PlanKey plan, java.util.List<it.albero.api.model.Measurement> list, String author) {
        return measurements.recordBatch(plan, list, author);
    }

    @Override
    public Optional<FedFile> fedFile(PlanKey plan, String source, String hash) {
        return measurements.fedFile(plan, source, hash);
    }

    // ReminderLog

    @Override
    public boolean claim(PlanKey plan, String indicatorCode, LocalDate deadline, String kind, String recipient) {
        return reminders.claim(plan, indicatorCode, deadline, kind, recipient);
    }

    @Override
    public void release(PlanKey plan, String indicatorCode, LocalDate deadline, String kind, String recipient) {
        reminders.release(plan, indicatorCode, deadline, kind, recipient);
    }

    @Override
    public List<Measurement> fromFile(PlanKey plan, String source, String fileName) {
        return measurements.fromFile(plan, source, fileName);
    }

    // NodeCoordination

    @Override
    public byte[] secret(String name, byte[] proposed) {
        return nodes.secret(name, proposed);
    }

    @Override
    public void revokeSession(String sessionId, java.time.Instant until) {
        nodes.revokeSession(sessionId, until);
    }

    @Override
    public boolean sessionRevoked(String sessionId, java.time.Instant now) {
        return nodes.sessionRevoked(sessionId, now);
    }

    @Override
    public boolean lease(String job, String holder, java.time.Duration duration) {
        return nodes.lease(job, holder, duration);
    }

    @Override
    public void release(String job, String holder) {
        nodes.release(job, holder);
    }

    // OverrideStore

    @Override
    public ScoreOverride set(PlanKey plan, String nodeCode, double score, String note, String author) {
        return overrides.set(plan, nodeCode, score, note, author);
    }

    @Override
    public void clear(PlanKey plan, String nodeCode, String note, String author) {
        overrides.clear(plan, nodeCode, note, author);
    }

    @Override
    public Map<String, ScoreOverride> active(PlanKey plan) {
        return overrides.active(plan);
    }

    // AuditTrail

    @Override
    public long append(AuditEntry entry) {
        return audit.append(entry);
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return audit.recent(limit);
    }

    @Override
    public List<AuditEntry> byCode(PlanKey plan, String code, int limit) {
        return audit.byCode(plan, code, limit);
    }

    @Override
    public long latestId() {
        return audit.latestId();
    }

    @Override
    public List<AuditEntry> byCode(String code, int limit) {
        return audit.byCode(code, limit);
    }

    // BackupService

    @Override
    public Result backup(Path directory) {
        return backups.backup(directory);
    }
}
