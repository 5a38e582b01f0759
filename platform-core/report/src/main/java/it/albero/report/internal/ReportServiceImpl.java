package it.albero.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Plan;
import it.albero.api.report.Report;
import it.albero.api.report.ReportKind;
import it.albero.api.report.ReportService;
import it.albero.api.service.AccessPolicy;
import it.albero.api.service.Caller;
import it.albero.api.service.EvaluationService;
import it.albero.api.service.NotFoundException;
import it.albero.api.service.Permission;
import it.albero.api.spi.Finding;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.ConflictException;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/**
 * Builds a report from one snapshot: the plan tree, its evaluation (through the {@link EvaluationService}, overrides
 * applied), the checks' findings and the measurements are read while the store's change stamp (the latest audit
 * entry, written by every save, status change, measurement and override) stays the same; if something changed in
 * between, everything is read again.
 */
@Component(service = ReportService.class, configurationPid = "it.albero.report",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ReportConfig.class)
public class ReportServiceImpl implements ReportService {

    private static final int ATTEMPTS = 5;

    private final PlanStore plans;
    private final MeasurementStore measurements;
    private final EvaluationService evaluation;
    private final AccessPolicy access;
    private final AuditTrail audit;
    /** Changed by {@link #modified}: a change of the configuration does not restart the service (nor the API). */
    private volatile ZoneId zone;
    private final Clock clock;

    @Activate
    public ReportServiceImpl(@Reference PlanStore plans, @Reference MeasurementStore measurements,
                             @Reference EvaluationService evaluation, @Reference AccessPolicy access,
                             @Reference AuditTrail audit, ReportConfig config) {
        this(plans, measurements, evaluation, access, audit, ZoneId.of(config.zone()), Clock.systemUTC());
    }

    ReportServiceImpl(PlanStore plans, MeasurementStore measurements, EvaluationService evaluation,
                      AccessPolicy access, AuditTrail audit, ZoneId zone, Clock clock) {
        this.plans = plans;
        this.measurements = measurements;
        this.evaluation = evaluation;
        this.access = access;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
    }

    @Modified
    void modified(ReportConfig config) {
        zone = ZoneId.of(config.zone());
    }

    ZoneId zone() {
        return zone;
    }

    @Override
    public Report build(Caller caller, PlanKey key, ReportKind kind, LocalDate asOf, String unitCode) {
        return new ReportImpl(snapshot(caller, key, kind, asOf, unitCode), zone);
    }

    /** The store's change stamp: the same value means nothing changed (every change writes an audit entry). */
    long stamp() {
        return audit.latestId();
    }

    /** The report's content, read from one unchanged state of the store. */
    ReportData snapshot(Caller caller, PlanKey key, ReportKind kind, LocalDate asOf, String unitCode) {
        return snapshot(caller, key, kind, asOf, unitCode, true);
    }

    /**
     * The report's content, read from one unchanged state of the store.
     *
     * @param withFindings whether to run the checks (the public page does not show their findings)
     */
    ReportData snapshot(Caller caller, PlanKey key, ReportKind kind, LocalDate asOf, String unitCode,
                        boolean withFindings) {
        access.require(caller, Permission.READ, null);
        access.requirePlan(caller, key);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long stamp = audit.latestId();
            Plan plan = plans.load(key).orElseThrow(() -> new NotFoundException("Piano " + key + " non trovato."));
            if (unitCode != null && plan.unit(unitCode).isEmpty()) {
                throw new NotFoundException("Unità '" + unitCode + "' non presente nel piano " + key + ".");
            }
            LocalDate day = asOf != null ? asOf
                    : kind == ReportKind.RELAZIONE ? LocalDate.of(plan.referenceYear(), 12, 31) : evaluation.today();
            NodeEvaluation root = evaluation.evaluate(caller, key, day, null);
            List<Finding> findings = withFindings ? evaluation.check(caller, key, day, unitCode) : List.of();
            ReportData data = ReportAssembler.assemble(kind, plan, root, findings, measurements.source(key), day,
                    unitCode, clock.instant());
            if (audit.latestId() == stamp) {
                return data;
            }
        }
        throw new ConflictException("Il piano " + key + " è cambiato più volte durante la preparazione del rapporto:"
                + " riprovare tra poco.", 0, 0);
    }
}
