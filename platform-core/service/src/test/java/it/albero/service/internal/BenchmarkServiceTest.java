package it.albero.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import it.albero.api.engine.Engine;
import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Ente;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.NodeEvaluation.Kind;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.model.UnitKind;
import it.albero.api.model.Values;
import it.albero.api.service.AccessDeniedException;
import it.albero.api.service.Benchmark;
import it.albero.api.service.BenchmarkEntry;
import it.albero.api.service.Caller;
import it.albero.api.service.NotFoundException;
import it.albero.api.service.UnitBenchmark;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/**
 * The benchmark over stub stores and a stub engine (scores given per ente and indicator): ranks and quartiles by
 * the measured value or the score, the direction of "better", tags, anonymisation for a user limited to an ente, and
 * the snapshot that spares re-evaluating every plan on every call.
 */
class BenchmarkServiceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);
    private static final Caller PERFORMANCE = Caller.of("p", "performance");
    private static final Caller OF_A = Caller.of("a", "lettore", "ente-A");

    private final Map<PlanKey, Plan> stored = new HashMap<>();
    private final Map<String, Double> scores = new HashMap<>();
    private final Map<String, List<Measurement>> measured = new HashMap<>();
    private final long[] changes = {1};
    private final int[] measurementReads = {0};
    private final BenchmarkServiceImpl service = new BenchmarkServiceImpl(planStore(), measurementStore(),
            stub(OverrideStore.class, (m, a) -> Map.of()), engine(), new RoleAccessPolicy(), audit(),
            java.time.Clock.systemUTC());

    // ---- fixtures: enti A..E, unit FIN with a ratio (>=), a count (<=), a milestone tagged "tempi-pagamento"

    private void plan(String ente, int year, String taggedCode) {
        Indicator ratio = new Indicator("FIN-01.1", "% fatture", "100%", new Timing.Unspecified("annuale"),
                "rapporto", Values.of("target", 100), null, null);
        Indicator count = new Indicator("FIN-01.2", "reclami", "al massimo 10", new Timing.Unspecified("annuale"),
                "conteggio", Values.of("soglia", 10, "confronto", "<="), null, null);
        Indicator milestone = new Indicator(taggedCode, "regolamento", "entro giugno",
                new Timing.Unspecified("entro giugno"), "traguardo", Values.of("scadenza", "2025-06-30"), null, null);
        Objective o1 = new Objective("FIN-01", "Pagare", null, Map.of(), List.of(), List.of(ratio, count), null);
        Objective o2 = new Objective(taggedCode.substring(0, taggedCode.indexOf('.')), "Tempi", null,
                Map.of("benchmark", "tempi-pagamento"), List.of(), List.of(milestone), null);
        OrgUnit fin = new OrgUnit("FIN", "Settore Finanziario", UnitKind.SETTORE, null, List.of(o1, o2), null);
        Plan p = new Plan("PIAO", new Ente(ente, "Comune " + ente), "Piano", year, year + 2, year,
                PlanStatus.MONITORAGGIO, 1, List.of(fin));
        stored.put(PlanKey.of(p), p);
    }

    private void measure(String ente, String code, String date, Object... values) {
        measured.computeIfAbsent(ente + "|" + code, k -> new ArrayList<>()).add(new Measurement(
                measured.size() + 1, code, LocalDate.parse(date), Values.of(values), null, null, "t", Instant.now()));
    }

    private void fiveEnti() {
        for (String e : List.of("A", "B", "C", "D", "E")) {
            plan(e, 2025, e.equals("B") ? "FIN-09.1" : "FIN-02.1");
        }
        plan("Z", 2024, "FIN-02.1"); // another year: never compared
        measure("A", "FIN-01.1", "2025-03-31", "numeratore", 10, "denominatore", 20); // 50%
        measure("A", "FIN-01.1", "2025-06-30", "numeratore", 30, "denominatore", 40); // 75% (latest counts)
        measure("B", "FIN-01.1", "2025-06-30", "numeratore", 90, "denominatore", 100); // 90%
        measure("C", "FIN-01.1", "2025-06-30", "numeratore", 3, "denominatore", 4); // 75%
        measure("D", "FIN-01.1", "2025-06-30", "numeratore", 1, "denominatore", 10); // 10%
        measure("E", "FIN-01.1", "2025-07-15", "numeratore", 1, "denominatore", 1); // after the day: no data
        measure("Z", "FIN-01.1", "2025-06-30", "numeratore", 1, "denominatore", 1);
        measure("A", "FIN-01.2", "2025-02-01", "valore", 2);
        measure("A", "FIN-01.2", "2025-05-01", "valore", 3); // sum 5
        measure("B", "FIN-01.2", "2025-04-01", "valore", 12);
        measure("C", "FIN-01.2", "2025-04-01", "valore", 0);
        measure("D", "FIN-01.2", "2024-12-31", "valore", 99); // outside the year: no data
        scores.put("A|FIN-02.1", 1.0);
        scores.put("B|FIN-09.1", 0.5);
        scores.put("C|FIN-02.1", 0.9);
        scores.put("D|FIN-02.1", 0.9);
        scores.put("A|FIN-01.1", 0.75);
        scores.put("B|FIN-01.1", 0.9);
        scores.put("C|FIN-01.1", 0.75);
        scores.put("D|FIN-01.1", 0.1);
    }

    private static List<String> ranks(Benchmark b) {
        return b.entries().stream().map(e -> e.enteCode() + ":" + e.rank() + ":" + e.value()).toList();
    }

    @Test
    void ratioComparedByItsValueHigherIsBetter() {
        fiveEnti();
        Benchmark b = service.indicator(PERFORMANCE, new PlanKey("A", "PIAO"), "FIN-01.1", DAY);
        assertEquals(Benchmark.VALUE, b.measure());
        assertEquals("%", b.unitOfMeasure());
        assertFalse(b.lowerIsBetter());
        assertEquals(List.of("B:1:90.0", "A:2:75.0", "C:2:75.0", "D:4:10.0"), ranks(b));
        assertEquals(List.of("E"), b.withoutData().stream().map(BenchmarkEntry::enteCode).toList());
        assertEquals(4, b.n());
        // ascending 10, 75, 75, 90: Q1 at h = 0.75 -> 58.75, median 75, Q3 at h = 2.25 -> 78.75
        assertEquals(58.75, b.q1(), 1e-9);
        assertEquals(75.0, b.median(), 1e-9);
        assertEquals(78.75, b.q3(), 1e-9);
        assertEquals(10.0, b.min());
        assertEquals(90.0, b.max());
        assertEquals("A", b.position().enteCode());
        assertTrue(b.position().own());
        assertEquals(2, b.position().rank());
        assertEquals(0.75, b.position().score());
        assertEquals("codice FIN-01.1", b.group());
        assertEquals(2025, b.referenceYear());
    }

    @Test
    void countWithAMaximumRanksLowerFirst() {
        fiveEnti();
        Benchmark b = service.indicator(PERFORMANCE, new PlanKey("C", "PIAO"), "FIN-01.2", DAY);
        assertTrue(b.lowerIsBetter());
        assertEquals(List.of("C:1:0.0", "A:2:5.0", "B:3:12.0"), ranks(b));
        assertEquals(List.of("D", "E"), b.withoutData().stream().map(BenchmarkEntry::enteCode).toList());
        assertEquals(5.0, b.median(), 1e-9);
    }

    @Test
    void tagComparesIndicatorsWithDifferentCodesByScore() {
        fiveEnti();
        Benchmark b = service.indicator(PERFORMANCE, new PlanKey("B", "PIAO"), "FIN-09.1", DAY);
        assertEquals("benchmark tempi-pagamento", b.group());
        assertEquals(Benchmark.SCORE, b.measure());
        assertEquals(List.of("A:1:100.0", "C:2:90.0", "D:2:90.0", "B:4:50.0"), ranks(b));
        assertEquals(List.of("E"), b.withoutData().stream().map(BenchmarkEntry::enteCode).toList());
        assertEquals("FIN-09.1", b.position().code());
        assertEquals(4, b.position().rank());
    }

    @Test
    void aUserOfOneEnteSeesTheOthersAnonymisedOverTheWholeDistribution() {
        fiveEnti();
        Benchmark b = service.indicator(OF_A, new PlanKey("A", "PIAO"), "FIN-01.1", DAY);
        assertEquals(4, b.n());
        assertEquals(58.75, b.q1(), 1e-9);
        for (BenchmarkEntry e : b.entries()) {
            if (e.own()) {
                assertEquals("A", e.enteCode());
                assertEquals("Comune A", e.enteName());
            } else {
                assertTrue(e.anonymous());
                assertNull(e.enteCode());
                assertNull(e.planCode());
                assertNull(e.code());
                assertNull(e.score());
                assertNull(e.status());
                assertEquals(BenchmarkEntry.OTHER_ENTE, e.enteName());
            }
        }
        assertEquals(List.of("null:1:90.0", "A:2:75.0", "null:2:75.0", "null:4:10.0"), ranks(b));
        assertTrue(b.withoutData().get(0).anonymous());
        // and the other ente's own plan is not found at all
        assertThrows(NotFoundException.class, () -> service.indicator(OF_A, new PlanKey("B", "PIAO"), "FIN-01.1",
                DAY));
        assertThrows(AccessDeniedException.class, () -> service.indicator(Caller.of("x"), new PlanKey("A", "PIAO"),
                "FIN-01.1", DAY));
    }

    @Test
    void unknownIndicatorOrUnitIsNotFound() {
        fiveEnti();
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> service.indicator(PERFORMANCE, new PlanKey("A", "PIAO"), "NOPE-1.1", DAY));
        assertEquals("Indicatore 'NOPE-1.1' non presente nel piano A/PIAO.", e.getMessage());
        assertThrows(NotFoundException.class, () -> service.unit(PERFORMANCE, new PlanKey("A", "PIAO"), "XX", DAY));
    }

    @Test
    void unitAgainstTheSameUnitOfTheOtherEnti() {
        fiveEnti();
        UnitBenchmark u = service.unit(PERFORMANCE, new PlanKey("D", "PIAO"), "FIN", DAY);
        // unit score = mean of the indicators with a score (stub engine): A (0.75+1)/2, B 0.7, C 0.825, D 0.5
        assertEquals(List.of("A:1:87.5", "C:2:82.5", "B:3:70.0", "D:4:50.0"), ranks(u.unit()));
        assertEquals(List.of("E"), u.unit().withoutData().stream().map(BenchmarkEntry::enteCode).toList());
        assertEquals(3, u.indicators().size());
        Benchmark ratio = u.indicators().get(0);
        assertEquals("FIN-01.1", ratio.subject());
        assertEquals(1, ratio.entries().size());
        assertEquals(4, ratio.entries().get(0).rank());
        assertEquals(4, ratio.n());
        assertTrue(u.indicators().get(1).entries().isEmpty());
        assertEquals("D", u.indicators().get(1).withoutData().get(0).enteCode());
    }

    @Test
    void theSnapshotSparesEvaluatingEveryPlanAgainUntilSomethingChanges() {
        fiveEnti();
        PlanKey a = new PlanKey("A", "PIAO");
        service.indicator(PERFORMANCE, a, "FIN-01.1", DAY);
        assertEquals(5, service.evaluatedPlans());
        int reads = measurementReads[0];
        service.indicator(PERFORMANCE, a, "FIN-01.1", DAY);
        service.indicator(OF_A, a, "FIN-01.1", DAY);
        service.unit(PERFORMANCE, a, "FIN", DAY);
        assertEquals(5, service.evaluatedPlans());
        assertTrue(measurementReads[0] > reads); // the count was read for the unit's indicators, once
        int after = measurementReads[0];
        service.unit(PERFORMANCE, a, "FIN", DAY);
        assertEquals(after, measurementReads[0]);
        // a new measurement anywhere (a new audit entry) makes the next call evaluate again, and see it
        measure("E", "FIN-01.1", "2025-06-01", "numeratore", 0, "denominatore", 10);
        changes[0]++;
        Benchmark b = service.indicator(PERFORMANCE, a, "FIN-01.1", DAY);
        assertEquals(10, service.evaluatedPlans());
        assertEquals(5, b.n());
        assertEquals(0.0, b.min());
    }

    @Test
    void anotherDayIsAnotherSnapshotAndAtMostTwoAreKept() {
        fiveEnti();
        PlanKey a = new PlanKey("A", "PIAO");
        service.indicator(PERFORMANCE, a, "FIN-01.1", DAY);
        Benchmark before = service.indicator(PERFORMANCE, a, "FIN-01.1", LocalDate.of(2025, 3, 31));
        assertEquals(10, service.evaluatedPlans());
        assertEquals(List.of("A:1:50.0"), ranks(before)); // only A had measured by 31/03
        service.indicator(PERFORMANCE, a, "FIN-01.1", DAY);
        assertEquals(10, service.evaluatedPlans());
        service.indicator(PERFORMANCE, a, "FIN-01.1", LocalDate.of(2025, 1, 31)); // a third day: the oldest goes
        service.indicator(PERFORMANCE, a, "FIN-01.1", LocalDate.of(2025, 3, 31));
        assertEquals(20, service.evaluatedPlans());
    }

    @Test
    void thousandEntiOfManyIndicatorsAnsweredFromTheSnapshot() {
        for (int i = 0; i < 1000; i++) {
            plan(String.format("C%04d", i), 2025, "FIN-02.1");
            measure(String.format("C%04d", i), "FIN-01.1", "2025-06-30", "numeratore", i % 97, "denominatore", 100);
        }
        PlanKey own = new PlanKey("C0042", "PIAO");
        long t0 = System.nanoTime();
        Benchmark first = service.indicator(PERFORMANCE, own, "FIN-01.1", DAY);
        long t1 = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            service.indicator(PERFORMANCE, own, "FIN-01.1", DAY);
        }
        long t2 = System.nanoTime();
        assertEquals(1000, first.n());
        assertEquals(1000, service.evaluatedPlans());
        System.out.printf("Benchmark di 1000 enti: prima chiamata %d ms, poi %.3f ms a chiamata%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1e6 / 100);
    }

    // ---- stubs

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, BiFunction<String, Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> answer.apply(m.getName(), args == null ? new Object[0] : args));
    }

    private PlanStore planStore() {
        return stub(PlanStore.class, (m, a) -> switch (m) {
            case "plans" -> stored.values().stream().map(BenchmarkServiceTest::summary).toList();
            case "summary" -> Optional.ofNullable(stored.get((PlanKey) a[0])).map(BenchmarkServiceTest::summary);
            case "load" -> Optional.ofNullable(stored.get((PlanKey) a[0]));
            default -> throw new UnsupportedOperationException(m);
        });
    }

    private static PlanSummary summary(Plan p) {
        return new PlanSummary(p.ente(), p.code(), p.title(), p.startYear(), p.endYear(), p.referenceYear(),
                p.status(), p.version(), p.indicators().size(), Instant.parse("2025-01-01T00:00:00Z"));
    }

    private MeasurementStore measurementStore() {
        return stub(MeasurementStore.class, (m, a) -> {
            if (!m.equals("source")) {
                throw new UnsupportedOperationException(m);
            }
            PlanKey key = (PlanKey) a[0];
            return (MeasurementSource) code -> {
                measurementReads[0]++;
                return measured.getOrDefault(key.enteCode() + "|" + code, List.of());
            };
        });
    }

    private AuditTrail audit() {
        return stub(AuditTrail.class, (m, a) -> {
            if (!m.equals("latestId")) {
                throw new UnsupportedOperationException(m);
            }
            return changes[0];
        });
    }

    private Engine engine() {
        return stub(Engine.class, (m, a) -> switch (m) {
            case "today" -> DAY;
            case "types" -> List.of();
            case "evaluate" -> tree((Plan) a[0]);
            default -> throw new UnsupportedOperationException(m);
        });
    }

    /** Indicators take the score given in {@link #scores} (none: "dati mancanti"); parents the mean of scores. */
    private NodeEvaluation tree(Plan plan) {
        List<NodeEvaluation> units = new ArrayList<>();
        for (OrgUnit u : plan.units()) {
            List<NodeEvaluation> objectives = new ArrayList<>();
            for (Objective o : u.objectives()) {
                List<NodeEvaluation> inds = new ArrayList<>();
                for (Indicator i : o.indicators()) {
                    Double s = scores.get(plan.ente().code() + "|" + i.code());
                    inds.add(new NodeEvaluation(Kind.INDICATORE, i.code(), "", 1, s == null
                            ? Evaluation.without(Status.DATI_MANCANTI, "") : Evaluation.of(s, Status.IN_CORSO, ""),
                            List.of()));
                }
                objectives.add(node(Kind.OBIETTIVO, o.code(), inds));
            }
            units.add(node(Kind.UNITA, u.code(), objectives));
        }
        return node(Kind.ENTE, plan.code(), units);
    }

    private static NodeEvaluation node(Kind kind, String code, List<NodeEvaluation> children) {
        // flatten to the indicators' scores so that a unit is the mean of its indicators
        List<Double> leaf = new ArrayList<>();
        children.forEach(c -> c.forEach(n -> {
            if (n.kind() == Kind.INDICATORE && n.evaluation().hasScore()) {
                leaf.add(n.evaluation().score());
            }
        }));
        Evaluation e = leaf.isEmpty() ? Evaluation.without(Status.DATI_MANCANTI, "")
                : Evaluation.of(leaf.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                        Status.IN_CORSO, "");
        return new NodeEvaluation(kind, code, "", 1, e, children);
    }
}
