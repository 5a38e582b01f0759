package it.albero.engine.internal;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Ente;
import it.albero.api.model.Measurement;
import it.albero.api.model.Plan;
import it.albero.api.service.Benchmark;
import it.albero.api.service.BenchmarkService;
import it.albero.api.service.Caller;
import it.albero.api.service.UnitBenchmark;
import it.albero.api.spi.IndicatorType;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;
import it.albero.service.internal.BenchmarkServiceImpl;
import it.albero.service.internal.RoleAccessPolicy;

/**
 * The cost of the benchmark across enti with the real engine and the ten generic types, without a database: N copies
 * of the seed plan (286 indicators) under N enti, each with the generated measurements less a different share of them
 * (so that values differ), held in memory. Prints the time of the first benchmark (every plan evaluated into the
 * snapshot), of another indicator on the same snapshot, of a repeated call, of a unit, and the heap used.
 *
 * <pre>java -cp platform-core/benchmarks/target/benchmarks.jar it.albero.engine.internal.BenchmarkScale 1000</pre>
 */
public final class BenchmarkScale {

    private BenchmarkScale() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        EngineImpl engine = new EngineImpl(BenchPlans.config());
        long id = 1;
        for (IndicatorType t : EvaluationBenchmark.types()) {
            engine.typeAdded(Registered.of(t, Map.of(org.osgi.framework.Constants.SERVICE_ID, id++)));
        }
        try {
            run(engine, n);
        } finally {
            engine.deactivate();
        }
    }

    private static void run(EngineImpl engine, int n) {
        Plan seed = BenchPlans.seed();
        Map<String, List<Measurement>> base = BenchPlans.measurements(seed);
        Map<PlanKey, Plan> plans = new LinkedHashMap<>();
        Map<PlanKey, Map<String, List<Measurement>>> measured = new HashMap<>();
        for (int e = 0; e < n; e++) {
            String code = String.format("comune-%04d", e);
            Plan p = new Plan(seed.code(), new Ente(code, "Comune " + e), seed.title(), seed.startYear(),
                    seed.endYear(), seed.referenceYear(), seed.status(), seed.version(), seed.units());
            plans.put(PlanKey.of(p), p);
            Map<String, List<Measurement>> mine = new HashMap<>();
            int k = e;
            base.forEach((c, list) -> {
                List<Measurement> kept = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    if ((i + k) % 4 != 0 || list.size() == 1) {
                        kept.add(list.get(i));
                    }
                }
                mine.put(c, kept);
            });
            measured.put(PlanKey.of(p), mine);
        }
        int[] reads = {0};
        PlanStore store = stub(PlanStore.class, (m, a) -> switch (m) {
            case "plans" -> plans.values().stream().map(BenchmarkScale::summary).toList();
            case "summary" -> Optional.ofNullable(plans.get((PlanKey) a[0])).map(BenchmarkScale::summary);
            case "load" -> Optional.ofNullable(plans.get((PlanKey) a[0]));
            default -> throw new UnsupportedOperationException(m);
        });
        MeasurementStore ms = stub(MeasurementStore.class, (m, a) -> (MeasurementSource) c -> {
            reads[0]++;
            return measured.get((PlanKey) a[0]).getOrDefault(c, List.of());
        });
        OverrideStore overrides = stub(OverrideStore.class, (m, a) -> Map.of());
        AuditTrail audit = stub(AuditTrail.class, (m, a) -> 1L);
        BenchmarkService service = new BenchmarkServiceImpl(store, ms, overrides, engine, new RoleAccessPolicy(),
                audit);
        Caller caller = Caller.of("bench", Caller.LETTORE);
        PlanKey own = plans.keySet().iterator().next();
        LocalDate day = LocalDate.of(2025, 6, 30);
        String ratio = seed.indicators().stream().filter(i -> i.typeId().equals("rapporto")).findFirst()
                .orElseThrow().code();
        String other = seed.indicators().stream().filter(i -> i.typeId().equals("traguardo")).findFirst()
                .orElseThrow().code();
        System.gc();
        long heap0 = used();
        long t0 = System.nanoTime();
        Benchmark first = service.indicator(caller, own, ratio, day);
        long t1 = System.nanoTime();
        Benchmark second = service.indicator(caller, own, other, day);
        long t2 = System.nanoTime();
        int repeats = 200;
        for (int i = 0; i < repeats; i++) {
            service.indicator(caller, own, ratio, day);
        }
        long t3 = System.nanoTime();
        UnitBenchmark unit = service.unit(caller, own, seed.units().get(0).code(), day);
        long t4 = System.nanoTime();
        System.gc();
        long heap1 = used();
        System.out.printf("Benchmark tra %d enti (piano seme, %d indicatori ciascuno, motore reale, archivio in"
                + " memoria)%n", n, seed.indicators().size());
        System.out.printf("  primo confronto (%s, valore %s): %d ms (tutti i piani valutati nell'istantanea);"
                + " n=%d, mediana %.2f%n", ratio, first.unitOfMeasure(), ms(t0, t1), first.n(), first.median());
        System.out.printf("  un altro indicatore (%s, punteggio) sulla stessa istantanea: %d ms; n=%d%n", other,
                ms(t1, t2), second.n());
        System.out.printf("  lo stesso confronto di nuovo: %.3f ms a chiamata (%d chiamate)%n",
                (t3 - t2) / 1e6 / repeats, repeats);
        System.out.printf("  un'unità con i suoi %d indicatori: %d ms%n", unit.indicators().size(), ms(t3, t4));
        System.out.printf("  letture di rilevazioni: %d; memoria occupata dopo: %d MB in più%n", reads[0],
                (heap1 - heap0) / (1024 * 1024));
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long ms(long a, long b) {
        return (b - a) / 1_000_000;
    }

    private static PlanSummary summary(Plan p) {
        return new PlanSummary(p.ente(), p.code(), p.title(), p.startYear(), p.endYear(), p.referenceYear(),
                p.status(), p.version(), 286, Instant.parse("2025-01-01T00:00:00Z"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, BiFunction<String, Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> answer.apply(m.getName(), args == null ? new Object[0] : args));
    }
}
