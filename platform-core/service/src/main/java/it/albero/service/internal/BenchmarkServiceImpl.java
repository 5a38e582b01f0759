package it.albero.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.albero.api.engine.Engine;
import it.albero.api.model.Indicator;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.Status;
import it.albero.api.service.AccessPolicy;
import it.albero.api.service.Benchmark;
import it.albero.api.service.BenchmarkEntry;
import it.albero.api.service.BenchmarkService;
import it.albero.api.service.Caller;
import it.albero.api.service.NotFoundException;
import it.albero.api.service.Permission;
import it.albero.api.service.UnitBenchmark;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/**
 * The benchmark across enti. The evaluations of every plan of a reference year as of a day are taken once into a
 * compact snapshot (scores and statuses by code, no explanations), kept like the evaluation cache keeps a tree: while
 * the store's change stamp (the latest audit entry, on any node) and the installed types are the same, and at most
 * {@link #MAX_AGE_SECONDS}. The distribution of each indicator is computed on the snapshot once, when first asked
 * (one read of measurements per ente, for the measured value). So a benchmark over 1,000 enti evaluates the 1,000
 * plans once per change, not once per call.
 */
@Component(service = BenchmarkService.class)
public class BenchmarkServiceImpl implements BenchmarkService {

    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkServiceImpl.class);
    static final long MAX_AGE_SECONDS = 300;
    private static final int MAX_SNAPSHOTS = 2;

    private final PlanStore plans;
    private final MeasurementStore measurements;
    private final OverrideStore overrides;
    private final Engine engine;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<SnapshotKey, Snapshot> snapshots = new LinkedHashMap<>(8, 0.75f, true);
    private final Object computing = new Object();
    private final AtomicLong evaluatedPlans = new AtomicLong();

    @Activate
    public BenchmarkServiceImpl(@Reference PlanStore plans, @Reference MeasurementStore measurements,
                                @Reference OverrideStore overrides, @Reference Engine engine,
                                @Reference AccessPolicy access, @Reference AuditTrail audit) {
        this(plans, measurements, overrides, engine, access, audit, Clock.systemUTC());
    }

    BenchmarkServiceImpl(PlanStore plans, MeasurementStore measurements, OverrideStore overrides, Engine engine,
                         AccessPolicy access, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.measurements = measurements;
        this.overrides = overrides;
        this.engine = engine;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Benchmark indicator(Caller caller, PlanKey key, String indicatorCode, LocalDate asOf) {
        Target t = target(caller, key, asOf);
        IndicatorData ind = t.own().indicators().get(indicatorCode);
        if (ind == null) {
            throw new NotFoundException("Indicatore '" + indicatorCode + "' non presente nel piano " + key + ".");
        }
        return forCaller(caller, key, t.snapshot().indicator(ind.group()), indicatorCode, false);
    }

    @Override
    public UnitBenchmark unit(Caller caller, PlanKey key, String unitCode, LocalDate asOf) {
        Target t = target(caller, key, asOf);
        UnitData unit = t.own().units().get(unitCode);
        if (unit == null) {
            throw new NotFoundException("Unità '" + unitCode + "' non presente nel piano " + key + ".");
        }
        Benchmark whole = forCaller(caller, key, t.snapshot().unit(unitCode), unitCode, false);
        List<Benchmark> indicators = new ArrayList<>();
        for (String code : unit.indicators()) {
            IndicatorData ind = t.own().indicators().get(code);
            indicators.add(forCaller(caller, key, t.snapshot().indicator(ind.group()), code, true));
        }
        return new UnitBenchmark(whole, indicators);
    }

    /** How many plans were evaluated for benchmarks since activation (a figure for tests and logs). */
    long evaluatedPlans() {
        return evaluatedPlans.get();
    }

    private record Target(Snapshot snapshot, PlanData own) {
    }

    private Target target(Caller caller, PlanKey key, LocalDate asOf) {
        access.require(caller, Permission.READ, null);
        access.requirePlan(caller, key);
        PlanSummary summary = plans.summary(key)
                .orElseThrow(() -> new NotFoundException("Piano " + key + " non trovato."));
        LocalDate day = asOf == null ? engine.today() : asOf;
        Snapshot snap = snapshot(summary.referenceYear(), day);
        PlanData own = snap.plans().get(key);
        if (own == null) {
            // another plan of the same ente and year is the compared one: compare this plan against the others
            own = read(summary, day);
            Map<PlanKey, PlanData> with = new LinkedHashMap<>();
            for (PlanData p : snap.plans().values()) {
                if (!p.key().enteCode().equals(key.enteCode())) {
                    with.put(p.key(), p);
                }
            }
            with.put(key, own);
            snap = new Snapshot(snap.stamp(), snap.at(), summary.referenceYear(), day, with);
        }
        return new Target(snap, own);
    }

    /** The entries as this caller may read them: its own enti by name, the others anonymised. */
    private Benchmark forCaller(Caller caller, PlanKey key, Benchmark b, String subject, boolean onlyOwn) {
        Map<String, Boolean> sees = new HashMap<>();
        java.util.function.Function<BenchmarkEntry, BenchmarkEntry> view = e -> {
            boolean own = e.enteCode().equals(key.enteCode());
            BenchmarkEntry mine = own ? new BenchmarkEntry(e.enteCode(), e.enteName(), e.planCode(), e.code(),
                    e.value(), e.score(), e.status(), e.rank(), true, false) : e;
            return own || sees.computeIfAbsent(e.enteCode(), c -> access.seesEnte(caller, c)) ? mine : e.anonymised();
        };
        List<BenchmarkEntry> entries = b.entries().stream()
                .filter(e -> !onlyOwn || e.enteCode().equals(key.enteCode())).map(view).toList();
        List<BenchmarkEntry> without = b.withoutData().stream()
                .filter(e -> !onlyOwn || e.enteCode().equals(key.enteCode())).map(view).toList();
        return new Benchmark(subject, b.group(), b.referenceYear(), b.asOf(), b.measure(), b.unitOfMeasure(),
                b.lowerIsBetter(), b.n(), b.min(), b.q1(), b.median(), b.q3(), b.max(), entries, without);
    }

    // ---- snapshots

    private record SnapshotKey(int year, LocalDate day) {
    }

    private record IndicatorData(Indicator indicator, String group, Double score, Status status) {
    }

    private record UnitData(String code, Double score, Status status, List<String> indicators) {
    }

    private record PlanData(PlanKey key, String enteName, int referenceYear, Map<String, IndicatorData> indicators,
                            Map<String, IndicatorData> byGroup, Map<String, UnitData> units) {
    }

    /** The compact evaluations of every compared plan of a year as of a day, and the distributions asked so far. */
    private final class Snapshot {
        private final EvaluationCache.Stamp stamp;
        private final Instant at;
        private final int year;
        private final LocalDate day;
        private final Map<PlanKey, PlanData> plans;
        private final Map<String, Benchmark> distributions = new ConcurrentHashMap<>();

        Snapshot(EvaluationCache.Stamp stamp, Instant at, int year, LocalDate day, Map<PlanKey, PlanData> plans) {
            this.stamp = stamp;
            this.at = at;
            this.year = year;
            this.day = day;
            this.plans = plans;
        }

        EvaluationCache.Stamp stamp() {
            return stamp;
        }

        Instant at() {
            return at;
        }

        Map<PlanKey, PlanData> plans() {
            return plans;
        }

        Benchmark indicator(String group) {
            return distributions.computeIfAbsent(group, this::computeIndicator);
        }

        Benchmark unit(String unitCode) {
            return distributions.computeIfAbsent("u:" + unitCode, g -> {
                List<BenchmarkEntry> all = new ArrayList<>();
                for (PlanData p : plans.values()) {
                    UnitData u = p.units().get(unitCode);
                    if (u != null) {
                        all.add(new BenchmarkEntry(p.key().enteCode(), p.enteName(), p.key().planCode(), u.code(),
                                u.score() == null ? null : 100 * u.score(), u.score(), u.status(), null, false,
                                false));
                    }
                }
                return Ranking.of(unitCode, "unità " + unitCode, year, day, Benchmark.SCORE, "%", false, all);
            });
        }

        private Benchmark computeIndicator(String group) {
            List<PlanData> members = new ArrayList<>();
            for (PlanData p : plans.values()) {
                if (p.byGroup().containsKey(group)) {
                    members.add(p);
                }
            }
            Optional<MeasuredValue.Kind> kind = Optional.empty();
            boolean byValue = !members.isEmpty();
            for (PlanData p : members) {
                Optional<MeasuredValue.Kind> k = MeasuredValue.kind(p.byGroup().get(group).indicator());
                if (k.isEmpty() || kind.isPresent() && !kind.equals(k)) {
                    byValue = false;
                    break;
                }
                kind = k;
            }
            List<BenchmarkEntry> all = new ArrayList<>();
            for (PlanData p : members) {
                IndicatorData d = p.byGroup().get(group);
                Double value;
                if (byValue) {
                    value = MeasuredValue.value(d.indicator(), measurements.source(p.key())
                            .measurements(d.indicator().code()), day, p.referenceYear());
                } else {
                    value = d.score() == null ? null : 100 * d.score();
                }
                all.add(new BenchmarkEntry(p.key().enteCode(), p.enteName(), p.key().planCode(),
                        d.indicator().code(), value, d.score(), d.status(), null, false, false));
            }
            String name = group.startsWith("t:") ? "benchmark " + group.substring(2) : "codice " + group.substring(2);
            return byValue
                    ? Ranking.of(null, name, year, day, Benchmark.VALUE, kind.get().unit(), kind.get().lowerIsBetter(),
                            all)
                    : Ranking.of(null, name, year, day, Benchmark.SCORE, "%", false, all);
        }
    }

    private Snapshot snapshot(int year, LocalDate day) {
        SnapshotKey key = new SnapshotKey(year, day);
        EvaluationCache.Stamp stamp = new EvaluationCache.Stamp(audit.latestId(), engine.types());
        synchronized (computing) {
            synchronized (snapshots) {
                Snapshot s = snapshots.get(key);
                if (s != null && s.stamp().equals(stamp)
                        && !clock.instant().isAfter(s.at().plusSeconds(MAX_AGE_SECONDS))) {
                    return s;
                }
            }
            long started = System.nanoTime();
            Instant at = clock.instant();
            Map<String, PlanSummary> compared = new LinkedHashMap<>();
            for (PlanSummary p : plans.plans()) {
                if (p.referenceYear() != year) {
                    continue;
                }
                // one plan per ente: the one stored last among those of the year
                compared.merge(p.ente().code(), p, (a, b) -> b.savedAt() != null && (a.savedAt() == null
                        || b.savedAt().isAfter(a.savedAt())) ? b : a);
            }
            Map<PlanKey, PlanData> data = new LinkedHashMap<>();
            for (PlanSummary p : compared.values()) {
                data.put(p.key(), read(p, day));
            }
            Snapshot s = new Snapshot(stamp, at, year, day, data);
            synchronized (snapshots) {
                snapshots.put(key, s);
                while (snapshots.size() > MAX_SNAPSHOTS) {
                    var eldest = snapshots.keySet().iterator();
                    eldest.next();
                    eldest.remove();
                }
            }
            LOG.info("Benchmark: valutati {} piani dell'anno {} al {} in {} ms", data.size(), year, day,
                    (System.nanoTime() - started) / 1_000_000);
            return s;
        }
    }

    /** One plan evaluated as of the day, kept as scores and statuses by code. */
    private PlanData read(PlanSummary summary, LocalDate day) {
        PlanKey key = summary.key();
        Plan plan = plans.load(key).orElseThrow(() -> new NotFoundException("Piano " + key + " non trovato."));
        NodeEvaluation root = engine.evaluate(plan, measurements.source(key), day, overrides.active(key));
        evaluatedPlans.incrementAndGet();
        Map<String, NodeEvaluation> nodes = new HashMap<>();
        root.forEach(n -> nodes.put(n.code(), n));
        Map<String, String> tagged = new HashMap<>();
        plan.forEachObjective(o -> {
            String name = o.tags().get(TAG);
            if (name != null && !name.isBlank()) {
                List<Indicator> own = new ArrayList<>();
                o.forEachIndicator(own::add);
                if (!own.isEmpty()) {
                    tagged.putIfAbsent(own.get(0).code(), name.trim());
                }
            }
        });
        Map<String, IndicatorData> indicators = new LinkedHashMap<>();
        Map<String, IndicatorData> byGroup = new HashMap<>();
        Map<String, UnitData> units = new LinkedHashMap<>();
        for (OrgUnit u : plan.units()) {
            List<String> codes = new ArrayList<>();
            for (Objective o : u.objectives()) {
                o.forEachIndicator(i -> {
                    NodeEvaluation n = nodes.get(i.code());
                    String tag = tagged.get(i.code());
                    String group = tag != null ? "t:" + tag : "c:" + i.code();
                    IndicatorData d = new IndicatorData(i, group, n == null ? null : n.evaluation().score(),
                            n == null ? Status.ERRORE : n.evaluation().status());
                    indicators.put(i.code(), d);
                    byGroup.putIfAbsent(group, d);
                    codes.add(i.code());
                });
            }
            NodeEvaluation n = nodes.get(u.code());
            units.put(u.code(), new UnitData(u.code(), n == null ? null : n.evaluation().score(),
                    n == null ? Status.ERRORE : n.evaluation().status(), List.copyOf(codes)));
        }
        return new PlanData(key, plan.ente().name(), plan.referenceYear(), indicators, byGroup, units);
    }
}
