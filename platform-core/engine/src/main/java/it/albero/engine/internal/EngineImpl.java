package it.albero.engine.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
import it.albero.api.spi.Messages;
import it.albero.api.spi.SectorModule;

/**
 * The engine: follows indicator types, checks and sector modules as they come and go (dynamic, multiple
 * references), evaluates and rolls up the tree, runs checks. Each type and check runs isolated on one of the
 * engine's two bounded pools (one for types, one for checks, so that a check that evaluates never waits for a thread
 * held by another check), which are shut down when the component deactivates.
 * <p>
 * Time: "today", the deadline check and the roll-up read one clock in one configured zone ({@code zone}).
 */
@Component(service = Engine.class, configurationPid = "it.albero.engine")
@Designate(ocd = EngineConfig.class)
public class EngineImpl implements Engine {

    private static final Logger LOG = LoggerFactory.getLogger(EngineImpl.class);

    /** Tasks that may wait for a thread, per thread of a pool. */
    static final int QUEUE_PER_THREAD = 64;

    private final Registry<IndicatorType> types = new Registry<>("indicator type", IndicatorType::id, LOG);
    private final Registry<Check> checks = new Registry<>("check", Check::id, LOG);
    private final Registry<SectorModule> modules = new Registry<>("sector module", SectorModule::id, LOG);
    private final ThreadPoolExecutor typePool;
    private final ThreadPoolExecutor checkPool;
    private final Evaluator evaluator;
    private final CheckRunner checkRunner;
    private final Clock clock;
    private volatile Settings settings;

    @Activate
    public EngineImpl(EngineConfig config, BundleContext context) {
        this(config, Clock.systemUTC());
        Bundle own = context.getBundle();
        String bundle = own.getSymbolicName();
        String version = own.getVersion().toString();
        checks.add(new Registered<>(new ParametersCheck(this, this::settings), bundle, version, -1L, 0));
        checks.add(new Registered<>(new DeadlineCheck(this::settings), bundle, version, -2L, 0));
    }

    /**
     * An engine without the built-in checks, on a clock of the test's (its zone is replaced by the configured one).
     */
    EngineImpl(EngineConfig config, Clock clock) {
        this.settings = Settings.of(config);
        this.clock = clock;
        int size = settings.poolSize();
        this.typePool = pool("albero-eval-", size);
        this.checkPool = pool("albero-check-", size);
        this.evaluator = new Evaluator(typePool);
        this.checkRunner = new CheckRunner(checkPool);
    }

    /** An engine without the built-in checks, on the system clock (tests). */
    EngineImpl(EngineConfig config) {
        this(config, Clock.systemUTC());
    }

    /**
     * A bounded pool: {@code size} threads at most (idle ones end after a minute), a bounded queue, and a refusal
     * (reported to the user as "busy") when the queue is full.
     */
    private static ThreadPoolExecutor pool(String prefix, int size) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(size * QUEUE_PER_THREAD), threads, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    Settings settings() {
        return settings;
    }

    @Modified
    void modified(EngineConfig config) {
        Settings s = Settings.of(config);
        resize(typePool, s.poolSize());
        resize(checkPool, s.poolSize());
        this.settings = s;
        LOG.info("Engine configuration updated (zone {}, {} threads per pool, locale {})", s.zone(), s.poolSize(),
                s.text().locale());
    }

    private static void resize(ThreadPoolExecutor pool, int size) {
        if (size > pool.getMaximumPoolSize()) {
            pool.setMaximumPoolSize(size);
            pool.setCorePoolSize(size);
        } else {
            pool.setCorePoolSize(size);
            pool.setMaximumPoolSize(size);
        }
    }

    @Deactivate
    void deactivate() {
        typePool.shutdownNow();
        checkPool.shutdownNow();
        try {
            if (!typePool.awaitTermination(1, TimeUnit.SECONDS) || !checkPool.awaitTermination(1, TimeUnit.SECONDS)) {
                LOG.warn("A type or check ignored the interruption and still runs after the engine stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The threads of both pools at most (for tests). */
    int maxThreads() {
        return typePool.getMaximumPoolSize() + checkPool.getMaximumPoolSize();
    }

    // --- the modules' services, as they come and go -------------------------------------------------

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(IndicatorType type, ServiceReference<IndicatorType> ref) {
        typeAdded(Registered.of(type, ref));
    }

    void typeAdded(Registered<IndicatorType> r) {
        String id = types.add(r);
        if (id != null) {
            LOG.info("Indicator type '{}' available", id);
        }
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
        checkRunner.release(check);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(SectorModule module, ServiceReference<SectorModule> ref) {
        moduleAdded(Registered.of(module, ref));
    }

    void moduleAdded(Registered<SectorModule> r) {
        String id = modules.add(r);
        if (id != null) {
            LOG.info("Sector module '{}' available", id);
        }
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
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
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
        Messages text = settings.text();
        Optional<IndicatorType> t = type(indicator.typeId());
        if (t.isEmpty()) {
            return List.of(text.get("validate.notInstalled", indicator.code(), indicator.typeId(),
                    indicator.moduleIdOfType()));
        }
        try {
            return List.copyOf(t.get().validate(indicator));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Indicator type '{}' failed validating {}", indicator.typeId(), indicator.code(), e);
            return List.of(text.get("validate.failed", indicator.code(), indicator.typeId()));
        }
    }

    @Override
    public List<String> validate(Indicator indicator, Measurement measurement) {
        Messages text = settings.text();
        Optional<IndicatorType> t = type(indicator.typeId());
        if (t.isEmpty()) {
            return List.of(text.get("validate.notInstalledValues", indicator.code(), indicator.typeId(),
                    indicator.moduleIdOfType()));
        }
        try {
            return List.copyOf(t.get().measurement().validate(measurement.values(), indicator.code()));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Indicator type '{}' failed validating a measurement of {}", indicator.typeId(),
                    indicator.code(), e);
            return List.of(text.get("validate.failed", indicator.code(), indicator.typeId()));
        }
    }

    @Override
    public Evaluation evaluate(Indicator indicator, List<Measurement> measurements, LocalDate asOf,
                               int referenceYear) {
        return evaluator.evaluate(List.of(indicator), types.snapshot(), code -> measurements, asOf, referenceYear,
                settings).get(indicator.code());
    }

    @Override
    public NodeEvaluation evaluate(Plan plan, MeasurementSource measurements, LocalDate asOf,
                                   Map<String, ScoreOverride> overrides) {
        Settings s = settings;
        Map<String, Evaluation> results = evaluator.evaluate(plan.indicators(), types.snapshot(),
                measurements::measurements, asOf, plan.referenceYear(), s);
        return new Rollup(s, overrides).plan(plan, results);
    }

    @Override
    public List<Finding> check(Plan plan, MeasurementSource measurements, LocalDate asOf, String unitCode) {
        Settings s = settings;
        List<OrgUnit> units;
        if (unitCode == null) {
            units = plan.units();
        } else {
            units = List.of(plan.unit(unitCode).orElseThrow(() -> new IllegalArgumentException(
                    s.text().get("check.unknownUnit", unitCode, plan.code()))));
        }
        List<Indicator> indicators = new ArrayList<>();
        units.forEach(u -> u.objectives().forEach(o -> o.forEachIndicator(indicators::add)));
        CheckContext ctx = new CheckContextImpl(plan, List.copyOf(units), List.copyOf(indicators), measurements,
                asOf, this);
        List<Finding> findings = new ArrayList<>(checkRunner.run(checks.sorted(), ctx, plan.code(), s));
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
