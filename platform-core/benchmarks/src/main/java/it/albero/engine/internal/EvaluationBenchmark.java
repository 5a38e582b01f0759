package it.albero.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Plan;
import it.albero.api.model.Status;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.ScoringPolicy;
import it.albero.types.internal.ChangeType;
import it.albero.types.internal.CompositeType;
import it.albero.types.internal.CountType;
import it.albero.types.internal.GradedDeadlineType;
import it.albero.types.internal.MilestoneType;
import it.albero.types.internal.RatioType;
import it.albero.types.internal.RecurringType;
import it.albero.types.internal.RelativeDeadlineType;
import it.albero.types.internal.ScheduleType;
import it.albero.types.internal.ZeroEventsType;

/**
 * Evaluating a whole plan, once warm: the engine with the ten generic types, the real seed plan (or a synthetic
 * one of 300 indicators, composites included) and measurements for every indicator, as of mid-year and year end.
 * The target of issue 5 is under 5 ms. In the package of the engine to reach its package-private registration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvaluationBenchmark {

    @Param({"seed", "synthetic"})
    public String plan;

    @Param({"2025-06-30", "2025-12-31"})
    public String asOf;

    private EngineImpl engine;
    private Plan thePlan;
    private MeasurementSource source;
    private LocalDate date;
    private List<Direct> direct;

    /** One indicator with its type and context, for the types' own cost without the engine's pool. */
    private record Direct(IndicatorType type, EvaluationContext context) {
    }

    private record Ctx(Indicator indicator, List<it.albero.api.model.Measurement> measurements, LocalDate asOf,
                       int referenceYear, ScoringPolicy scoring, Map<String, Evaluation> seen)
            implements EvaluationContext {
        @Override
        public Optional<Evaluation> evaluationOf(String indicatorCode) {
            return Optional.ofNullable(seen.get(indicatorCode));
        }
    }

    static List<IndicatorType> types() {
        return List.of(new RatioType(), new CountType(), new MilestoneType(), new GradedDeadlineType(),
                new ZeroEventsType(), new ChangeType(), new ScheduleType(), new RecurringType(),
                new RelativeDeadlineType(), new CompositeType());
    }

    @Setup(Level.Trial)
    public void setUp() {
        engine = new EngineImpl(BenchPlans.config());
        long id = 1;
        for (IndicatorType t : types()) {
            engine.typeAdded(Registered.of(t, Map.of(org.osgi.framework.Constants.SERVICE_ID, id++)));
        }
        thePlan = "seed".equals(plan) ? BenchPlans.seed() : BenchPlans.synthetic();
        Map<String, List<it.albero.api.model.Measurement>> ms = BenchPlans.measurements(thePlan);
        source = code -> ms.getOrDefault(code, List.of());
        date = LocalDate.parse(asOf);
        Map<String, Evaluation> results = summary();
        Map<String, IndicatorType> byId = new HashMap<>();
        types().forEach(t -> byId.put(t.id(), t));
        direct = new ArrayList<>();
        for (Indicator i : thePlan.indicators()) {
            if (!byId.containsKey(i.typeId())) {
                continue; // a sector type, not installed here
            }
            List<it.albero.api.model.Measurement> upTo = ms.getOrDefault(i.code(), List.of()).stream()
                    .filter(m -> !m.date().isAfter(date)).toList();
            direct.add(new Direct(byId.get(i.typeId()), new Ctx(i, upTo, date, thePlan.referenceYear(),
                    Scoring.defaults(), results)));
        }
    }

    /** Once per trial, on stderr: how many indicators, their statuses, parameter problems; errors fail. */
    private Map<String, Evaluation> summary() {
        NodeEvaluation tree = engine.evaluate(thePlan, source, date);
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        Map<String, String> errors = new TreeMap<>();
        count(tree, counts, errors);
        int problems = 0;
        int sector = 0;
        for (Indicator i : thePlan.indicators()) {
            if (engine.type(i.typeId()).isEmpty()) {
                sector++;
                continue;
            }
            List<String> p = engine.validate(i);
            problems += p.size();
            p.forEach(x -> System.err.println("  parametri: " + x));
        }
        System.err.println("\n[" + plan + " " + asOf + "] " + thePlan.indicators().size() + " indicatori; stati "
                + counts + "; di tipi di settore (non installati qui) " + sector + "; problemi nei parametri dei tipi generici "
                + problems + "; ente " + tree.evaluation().score());
        if (!errors.isEmpty()) {
            throw new IllegalStateException("indicators in errore: " + errors);
        }
        Map<String, Evaluation> results = new HashMap<>();
        collect(tree, results);
        return results;
    }

    private static void collect(NodeEvaluation n, Map<String, Evaluation> out) {
        if (n.kind() == NodeEvaluation.Kind.INDICATORE) {
            out.put(n.code(), n.evaluation());
        }
        n.children().forEach(c -> collect(c, out));
    }

    private static void count(NodeEvaluation n, Map<Status, Integer> counts, Map<String, String> errors) {
        if (n.kind() == NodeEvaluation.Kind.INDICATORE) {
            counts.merge(n.evaluation().status(), 1, Integer::sum);
            if (n.evaluation().status() == Status.ERRORE) {
                errors.put(n.code(), n.evaluation().explanation());
            }
        }
        n.children().forEach(c -> count(c, counts, errors));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.deactivate();
    }

    /** The whole plan through the engine: per-type isolation on its pool, rounds for composites, roll-up. */
    @Benchmark
    public NodeEvaluation evaluatePlan() {
        return engine.evaluate(thePlan, source, date);
    }

    /** The types alone: every indicator evaluated on the calling thread (no pool, no roll-up). */
    @Benchmark
    public void typesOnly(Blackhole bh) {
        for (Direct d : direct) {
            bh.consume(d.type().evaluate(d.context()));
        }
    }
}
