package it.albero.service.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import it.albero.api.engine.Engine;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Plan;
import it.albero.api.service.AccessPolicy;
import it.albero.api.service.Caller;
import it.albero.api.service.EvaluationService;
import it.albero.api.service.NotFoundException;
import it.albero.api.service.Permission;
import it.albero.api.spi.Finding;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/** Loads the plan, its measurements and overrides in force, and lets the engine evaluate or check. */
@Component(service = EvaluationService.class)
public class EvaluationServiceImpl implements EvaluationService {

    private final PlanStore plans;
    private final MeasurementStore measurements;
    private final OverrideStore overrides;
    private final Engine engine;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final EvaluationCache cache = new EvaluationCache(64, 10, Clock.systemUTC());

    @Activate
    public EvaluationServiceImpl(@Reference PlanStore plans, @Reference MeasurementStore measurements,
                                 @Reference OverrideStore overrides, @Reference Engine engine,
                                 @Reference AccessPolicy access, @Reference AuditTrail audit) {
        this.audit = audit;
        this.plans = plans;
        this.measurements = measurements;
        this.overrides = overrides;
        this.engine = engine;
        this.access = access;
    }

    @Override
    public LocalDate today() {
        return engine.today();
    }

    @Override
    public NodeEvaluation evaluate(Caller caller, PlanKey key, LocalDate asOf, String unitCode) {
        access.require(caller, Permission.READ, null);
        access.requirePlan(caller, key);
        LocalDate day = asOf == null ? today() : asOf;
        EvaluationCache.Stamp stamp = new EvaluationCache.Stamp(audit.latestId(), engine.types());
        NodeEvaluation root = cache.get(key, day, stamp, () -> {
            Plan plan = load(key, null);
            return engine.evaluate(plan, measurements.source(key), day, overrides.active(key));
        });
        if (unitCode == null) {
            return root;
        }
        return root.children().stream().filter(n -> n.code().equals(unitCode)).findFirst()
                .orElseThrow(() -> plans.summary(key).isEmpty()
                        ? new NotFoundException("Piano " + key + " non trovato.") : unknownUnit(key, unitCode));
    }

    @Override
    public List<Finding> check(Caller caller, PlanKey key, LocalDate asOf, String unitCode) {
        access.require(caller, Permission.READ, null);
        access.requirePlan(caller, key);
        Plan plan = load(key, unitCode);
        return engine.check(plan, measurements.source(key), asOf == null ? today() : asOf, unitCode);
    }

    private Plan load(PlanKey key, String unitCode) {
        Plan plan = plans.load(key).orElseThrow(() -> new NotFoundException("Piano " + key + " non trovato."));
        if (unitCode != null && plan.unit(unitCode).isEmpty()) {
            throw unknownUnit(key, unitCode);
        }
        return plan;
    }

    private static NotFoundException unknownUnit(PlanKey key, String unitCode) {
        return new NotFoundException("Unità '" + unitCode + "' non presente nel piano " + key + ".");
    }
}
