package it.albero.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.albero.api.engine.CheckInfo;
import it.albero.api.engine.Engine;
import it.albero.api.engine.MeasurementSource;
import it.albero.api.engine.ModuleInfo;
import it.albero.api.engine.TypeInfo;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.ScoreOverride;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.SectorModule;
import it.albero.api.spi.Severity;

/**
 * The engine: follows indicator types, checks and sector modules as they come and go (dynamic, multiple
 * references), evaluates and rolls up the tree, runs checks. Each type and check runs isolated on the
 * engine's own pool, which is shut down when the component deactivates.
 */
@Component(service = Engine.class, configurationPid = "it.albero.engine")
@Designate(ocd = EngineConfig.class)
public class EngineImpl implements Engine {

    private static final Logger LOG = LoggerFactory.getLogger(EngineImpl.class);

    private final Registry<IndicatorType> types = new Registry<>(IndicatorType::id);
    private final Registry<Check> checks = new Registry<>(Check::id);
    private final Registry<SectorModule> modules = new Registry<>(SectorModule::id);
    private final ExecutorService pool;
    private final Evaluator evaluator;
    private volatile Settings settings;

    private record Settings(Scoring scoring, long timeoutMs) {
    }

    @Activate
    public EngineImpl(EngineConfig config, BundleContext context) {
        this(config);
        Bundle own = context.getBundle();
        checks.add(new Registered<>(new ParametersCheck(this), own.getSymbolicName(), own.getVersion().toString(),
                -1L, 0));
    }

    /** An engine without the built-in checks (tests). */
    EngineImpl(EngineConfig config) {
        this.settings = settings(config);
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "albero-eval-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newCachedThreadPool(threads);
        this.evaluator = new Evaluator(pool);
    }

    private static Settings settings(EngineConfig config) {
        return new Settings(new Scoring(config), Math.max(10, config.evaluation_timeout_ms()));
    }

    @Modified
    void modified(EngineConfig config) {
        this.settings = settings(config);
        LOG.info("Engine configuration updated");
    }

    @Deactivate
    void deactivate() {
        pool.shutdownNow();
    }

    // --- the modules' services, as they come and go -------------------------------------------------

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(IndicatorType type, ServiceReference<IndicatorType> ref) {
        typeAdded(Registered.of(type, ref));
    }

    void typeAdded(Registered<IndicatorType> r) {
        types.add(r);
        LOG.info("Indicator type '{}' available", safeId(r.service()::id));
    }

    void removeType(IndicatorType type) {
        types.remove(type);
        evaluator.release(type);
        LOG.info("Indicator type '{}' gone", safeId(type::id));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(Check check, ServiceReference<Check> ref) {
        checkAdded(Registered.of(check, ref));
    }

    void checkAdded(Registered<Check> r) {
        checks.add(r);
    }

    void removeCheck(Check check) {
        checks.remove(check);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(SectorModule module, ServiceReference<SectorModule> ref) {
        moduleAdded(Registered.of(module, ref));
    }

    void moduleAdded(Registered<SectorModule> r) {
        modules.add(r);
        LOG.info("Sector module '{}' available", safeId(r.service()::id));
    }

    void removeModule(SectorModule module) {
        modules.remove(module);
        LOG.info("Sector module '{}' gone", safeId(module::id));
    }

    private static String safeId(java.util.function.Supplier<String> id) {
        try {
            return id.get();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    // --- Engine --------------------------------------------------------------------------------------

    @Override
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome")); // a Clock and a configured zone in the engine stream
    }

    @Override
    public List<ModuleInfo> modules() {
        List<Registered<IndicatorType>> ts = types.list();
        List<Registered<Check>> cs = checks.list();
        List<ModuleInfo> out = new ArrayList<>();
        for (Registered<SectorModule> r : modules.list()) {
            SectorModule m = r.service();
            try {
                String id = m.id();
                int nt = (int) ts.stream().filter(t -> id.equals(safeId(t.service()::moduleId))).count();
                int nc = (int) cs.stream().filter(c -> id.equals(safeId(c.service()::moduleId))).count();
                out.add(new ModuleInfo(id, m.name(), r.version(), r.bundle(), nt, nc, m.servedUnits()));
            } catch (RuntimeException e) {
                LOG.warn("Sector module of bundle {} cannot describe itself", r.bundle(), e);
            }
        }
        return out;
    }

    @Override
    public List<TypeInfo> types() {
        List<TypeInfo> out = new ArrayList<>();
        for (Registered<IndicatorType> r : types.list()) {
            IndicatorType t = r.service();
            try {
                out.add(new TypeInfo(t.id(), t.moduleId(), t.label(), r.bundle(), r.version()));
            } catch (RuntimeException e) {
                LOG.warn("Indicator type of bundle {} cannot describe itself", r.bundle(), e);
            }
        }
        return out;
    }

    @Override
    public List<CheckInfo> checks() {
        List<CheckInfo> out = new ArrayList<>();
        for (Registered<Check> r : checks.list()) {
            Check c = r.service();
            try {
                out.add(new CheckInfo(c.id(), c.moduleId(), c.label(), r.bundle()));
            } catch (RuntimeException e) {
                LOG.warn("Check of bundle {} cannot describe itself", r.bundle(), e);
            }
        }
        return out;
    }

    @Override
    public Optional<IndicatorType> type(String typeId) {
        Registered<IndicatorType> r = types.get(typeId);
        return r == null ? Optional.empty() : Optional.of(r.service());
    }

    @Override
    public List<String> validate(Indicator indicator) {
        Optional<IndicatorType> t = type(indicator.typeId());
        if (t.isEmpty()) {
            return List.of(indicator.code() + ": tipo '" + indicator.typeId() + "' non installato (modulo '"
                    + indicator.moduleIdOfType() + "')");
        }
        try {
            return List.copyOf(t.get().validate(indicator));
        } catch (RuntimeException e) {
            return List.of(indicator.code() + ": errore del tipo '" + indicator.typeId() + "' nella validazione: "
                    + e.getMessage());
        }
    }

    @Override
    public List<String> validate(Indicator indicator, Measurement measurement) {
        Optional<IndicatorType> t = type(indicator.typeId());
        if (t.isEmpty()) {
            return List.of(indicator.code() + ": tipo '" + indicator.typeId() + "' non installato (modulo '"
                    + indicator.moduleIdOfType() + "'): impossibile verificare i valori");
        }
        return t.get().measurement().validate(measurement.values(), indicator.code());
    }

    @Override
    public Evaluation evaluate(Indicator indicator, List<Measurement> measurements, LocalDate asOf,
                               int referenceYear) {
        Settings s = settings;
        return evaluator.evaluate(List.of(indicator), types.snapshot(), code -> measurements, asOf, referenceYear,
                s.scoring(), s.timeoutMs()).get(indicator.code());
    }

    @Override
    public NodeEvaluation evaluate(Plan plan, MeasurementSource measurements, LocalDate asOf,
                                   Map<String, ScoreOverride> overrides) {
        Settings s = settings;
        Map<String, Evaluation> results = evaluator.evaluate(plan.indicators(), types.snapshot(),
                measurements::measurements, asOf, plan.referenceYear(), s.scoring(), s.timeoutMs());
        return new Rollup(s.scoring(), overrides).plan(plan, results);
    }

    @Override
    public List<Finding> check(Plan plan, MeasurementSource measurements, LocalDate asOf, String unitCode) {
        List<OrgUnit> units;
        if (unitCode == null) {
            units = plan.units();
        } else {
            units = List.of(plan.unit(unitCode).orElseThrow(() -> new IllegalArgumentException(
                    "unità '" + unitCode + "' non presente nel piano " + plan.code())));
        }
        List<Indicator> indicators = new ArrayList<>();
        units.forEach(u -> u.objectives().forEach(o -> o.forEachIndicator(indicators::add)));
        CheckContext ctx = new CheckContextImpl(plan, List.copyOf(units), List.copyOf(indicators), measurements,
                asOf, this);
        long timeout = settings.timeoutMs();
        List<Finding> findings = new ArrayList<>();
        for (Registered<Check> r : checks.list()) {
            Check c = r.service();
            String id = safeId(c::id);
            Future<List<Finding>> f = pool.submit(() -> c.check(ctx));
            try {
                List<Finding> got = f.get(timeout, TimeUnit.MILLISECONDS);
                if (got != null) {
                    findings.addAll(got);
                }
            } catch (TimeoutException e) {
                f.cancel(true);
                findings.add(new Finding(id, Severity.ERRORE, plan.code(),
                        "Il controllo '" + id + "' non ha risposto entro " + timeout + " ms."));
            } catch (ExecutionException e) {
                LOG.warn("Check '{}' failed", id, e.getCause());
                findings.add(new Finding(id, Severity.ERRORE, plan.code(),
                        "Il controllo '" + id + "' è fallito: " + e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        findings.sort(Comparator.comparing((Finding x) -> x.severity()).reversed()
                .thenComparing(Finding::location));
        return findings;
    }

    /** The context checks see. */
    private record CheckContextImpl(Plan plan, List<OrgUnit> units, List<Indicator> indicators,
                                    MeasurementSource source, LocalDate asOf, EngineImpl engine)
            implements CheckContext {

        @Override
        public List<Measurement> measurements(String indicatorCode) {
            return source.measurements(indicatorCode);
        }

        @Override
        public Evaluation evaluate(Indicator indicator) {
            return engine.evaluate(indicator, source.measurements(indicator.code()), asOf, plan.referenceYear());
        }
    }
}
