package it.albero.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.slf4j.Logger;

import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Plan;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.model.Values;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Severity;

/** Checks isolated as types are; a bounded pool; late results discarded; services without an id logged. */
class IsolationTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final int POOL = 2;

    /** Set at the end of each test: lets the services that ignore interruption end. */
    private final AtomicBoolean stop = new AtomicBoolean();
    private final EngineImpl engine = new EngineImpl(TestPlans.config(200, 200, POOL, "Europe/Rome", "it"));

    @AfterEach
    void tearDown() {
        stop.set(true);
        engine.deactivate();
    }

    /** Spins until the test ends, deaf to interruption: the worst a module can do. */
    private void spinUntilTheTestEnds() {
        while (!stop.get()) {
            Thread.onSpinWait();
        }
    }

    private static <T> Registered<T> reg(T service, long id) {
        return Registered.of(service, Map.of(Constants.SERVICE_ID, id, "bundle", "it.albero.sector.prova"));
    }

    private record FixedCheck(String id, java.util.function.Function<CheckContext, List<Finding>> body) implements Check {
        @Override
        public String moduleId() {
            return id.contains(".") ? id.substring(0, id.indexOf('.')) : "core";
        }

        @Override
        public String label() {
            return "controllo " + id;
        }

        @Override
        public List<Finding> check(CheckContext context) {
            return body.apply(context);
        }
    }

    private static long threads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix)).count();
    }

    @Test
    void aCheckThatLoopsForeverIsSuspendedThePoolStaysBoundedAndTheOtherChecksStillFind() {
        AtomicInteger calls = new AtomicInteger();
        Check looping = new FixedCheck("prova.ciclo", ctx -> {
            calls.incrementAndGet();
            spinUntilTheTestEnds();
            return List.of(new Finding("prova.ciclo", Severity.INFO, "X", "troppo tardi"));
        });
        engine.checkAdded(reg(looping, 1));
        engine.checkAdded(reg(new FixedCheck("prova.buono", ctx -> List.of(
                new Finding("prova.buono", Severity.AVVISO, "A.1", "rilievo del controllo buono"))), 2));
        Plan plan = TestPlans.plan(TestPlans.indicator("A.1", "x"));

        for (int run = 1; run <= 4; run++) {
            long start = System.nanoTime();
            List<Finding> found = engine.check(plan, MeasurementSource.none(), AS_OF, null);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 2_000, "run " + run + " bounded by the time limit, took " + ms + " ms");
            assertEquals(2, found.size(), "run " + run + ": " + found);
            Finding loop = found.stream().filter(f -> f.checkId().equals("prova.ciclo")).findFirst().orElseThrow();
            assertEquals(Severity.ERRORE, loop.severity());
            assertEquals(plan.code(), loop.location());
            assertTrue(loop.message().contains(run == 1 ? "non ha risposto entro 200 ms ed è sospeso" : "è sospeso"),
                    "run " + run + ": " + loop.message());
            assertTrue(loop.message().contains("'prova'"), "names the module to reinstall: " + loop.message());
            assertTrue(found.stream().anyMatch(f -> f.message().equals("rilievo del controllo buono")),
                    "run " + run + ": the other check still finds: " + found);
        }
        assertEquals(1, calls.get(), "a suspended check is never handed work again");
        assertTrue(threads("albero-check-") <= POOL, "check threads bounded by the pool: " + threads("albero-check-"));
        assertEquals(2 * POOL, engine.maxThreads());

        // its service goes and comes back (module reinstalled): the suspension is lifted
        Check again = new FixedCheck("prova.ciclo", ctx -> List.of());
        engine.removeCheck(looping);
        engine.checkAdded(reg(again, 3));
        List<Finding> found = engine.check(plan, MeasurementSource.none(), AS_OF, null);
        assertTrue(found.stream().noneMatch(f -> f.checkId().equals("prova.ciclo")), found.toString());
    }

    @Test
    void aCheckThatThrowsGivesAPlainItalianFindingAndTheExceptionGoesToTheLog() {
        engine.checkAdded(reg(new FixedCheck("prova.guasto", ctx -> {
            throw new IllegalStateException("NullPointer in riga 42");
        }), 1));
        List<Finding> found = engine.check(TestPlans.plan(TestPlans.indicator("A.1", "x")), MeasurementSource.none(),
                AS_OF, null);
        assertEquals(1, found.size(), found.toString());
        String message = found.get(0).message();
        assertEquals(Severity.ERRORE, found.get(0).severity());
        assertFalse(message.contains("riga 42") || message.contains("Exception"), "Java text reached users: " + message);
        assertTrue(message.startsWith("Il controllo 'prova.guasto' non è riuscito a completare l'analisi"), message);
        // not suspended: it may work next time
        assertEquals(1, engine.check(TestPlans.plan(TestPlans.indicator("A.1", "x")), MeasurementSource.none(),
                AS_OF, null).size());
    }

    @Test
    void aTypeThatGoesOnAfterItsTimeBoundCannotOverwriteItsResult() throws Exception {
        CountDownLatch lateResultWritten = new CountDownLatch(1);
        AtomicBoolean bounded = new AtomicBoolean();
        // round 1: "lento" ignores the interruption, answers "raggiunto" only once round 2 has started
        engine.typeAdded(reg((IndicatorType) new FixedType("lento", ctx -> {
            while (!bounded.get() && !stop.get()) {
                Thread.onSpinWait();
            }
            lateResultWritten.countDown();
            return Evaluation.of(1, Status.RAGGIUNTO, "risultato tardivo");
        }), 1));
        // round 2: the composite starts after round 1 was closed, lets "lento" answer and waits for it
        engine.typeAdded(reg((IndicatorType) new FixedType("composto", ctx -> {
            bounded.set(true);
            try {
                lateResultWritten.await(1, TimeUnit.SECONDS);
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Evaluation.of(0.5, Status.PARZIALMENTE_RAGGIUNTO, "visto: "
                    + ctx.evaluationOf("A.1").map(e -> e.status().label()).orElse("niente"));
        }), 2));
        Indicator slow = TestPlans.indicator("A.1", "lento");
        Indicator composite = new Indicator("C.1", "composito", "100%", slow.timing(), "composto",
                Values.of("componenti", "A.1"), null, null);
        NodeEvaluation tree = engine.evaluate(TestPlans.plan(slow, composite), MeasurementSource.none(), AS_OF);
        assertTrue(lateResultWritten.await(2, TimeUnit.SECONDS), "the slow type answered late");

        NodeEvaluation objective = tree.children().get(0).children().get(0);
        Evaluation a1 = objective.children().get(0).evaluation();
        assertEquals(Status.ERRORE, a1.status(), "the late 'raggiunto' overwrote the time bound: " + a1);
        assertTrue(a1.explanation().contains("non ha risposto entro 200 ms"), a1.explanation());
        assertEquals("visto: errore", objective.children().get(1).evaluation().explanation());
    }

    @Test
    void aTaskThatFindsThePoolBusyIsReportedBusyAndItsTypeIsNotSuspended() {
        EngineImpl one = new EngineImpl(TestPlans.config(200, 200, 1, "Europe/Rome", "it"));
        try {
            one.typeAdded(reg((IndicatorType) new FixedType("blocca", ctx -> {
                spinUntilTheTestEnds();
                return null;
            }), 1));
            one.typeAdded(reg((IndicatorType) new FixedType("buono", ctx -> Evaluation.of(1, Status.RAGGIUNTO, "ok")), 2));
            Plan blocking = TestPlans.plan(TestPlans.indicator("A.1", "blocca"));
            Indicator good = TestPlans.indicator("B.1", "buono");
            assertEquals(Status.ERRORE, one.evaluate(blocking, MeasurementSource.none(), AS_OF)
                    .children().get(0).children().get(0).children().get(0).evaluation().status());
            // the only thread is held by the type that ignores interruption: the next one waits in the queue
            Evaluation busy = one.evaluate(good, List.of(), AS_OF, 2025);
            assertEquals(Status.ERRORE, busy.status());
            assertTrue(busy.explanation().startsWith("Il motore di valutazione è occupato"), busy.explanation());
            // once the thread is free, the same type answers: it was not suspended
            stop.set(true);
            Evaluation later = null;
            for (int i = 0; i < 50 && (later == null || later.status() != Status.RAGGIUNTO); i++) {
                later = one.evaluate(good, List.of(), AS_OF, 2025);
            }
            assertEquals(Status.RAGGIUNTO, later.status(), later.toString());
        } finally {
            one.deactivate();
        }
    }

    @Test
    void aServiceWhoseIdThrowsIsLoggedWithItsBundleAndLeftOut() {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Logger log = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("warn") && args != null) {
                        List<String> words = new ArrayList<>();
                        for (Object a : args) {
                            if (a instanceof Object[] many) {
                                for (Object m : many) {
                                    words.add(String.valueOf(m));
                                }
                            } else {
                                words.add(String.valueOf(a));
                            }
                        }
                        warnings.add(String.join(" | ", words));
                    }
                    return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
                });
        Registry<Check> registry = new Registry<>("check", Check::id, log);
        Check broken = new FixedCheck("x", ctx -> List.of());
        Check noId = new Check() {
            @Override
            public String id() {
                throw new IllegalStateException("configurazione assente");
            }

            @Override
            public String moduleId() {
                return "prova";
            }

            @Override
            public String label() {
                return "senza id";
            }

            @Override
            public List<Finding> check(CheckContext context) {
                return List.of();
            }
        };
        assertNull(registry.add(Registered.of(noId, Map.of(Constants.SERVICE_ID, 7L, "bundle", "it.albero.sector.rotto",
                "version", "1.0.3"))));
        assertNotNull(registry.add(reg(broken, 8)));
        assertEquals(1, warnings.size(), warnings.toString());
        String w = warnings.get(0);
        assertTrue(w.contains("check") && w.contains("it.albero.sector.rotto") && w.contains("1.0.3") && w.contains("7"), w);
        assertTrue(w.contains("configurazione assente"), "the exception is logged with it: " + w);
        assertEquals(List.of("x"), registry.list().stream().map(r -> r.service().id()).toList());
        // rebuilding on later arrivals and departures does not log it again
        registry.remove(broken);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(registry.list().isEmpty());
    }

    @Test
    void aServiceWhoseIdThrowsDoesNotHarmTheOthersInTheEngine() {
        engine.typeAdded(reg((IndicatorType) new FixedType("buono", ctx -> Evaluation.of(1, Status.RAGGIUNTO, "ok")), 1));
        IndicatorType noId = (IndicatorType) Proxy.newProxyInstance(IndicatorType.class.getClassLoader(),
                new Class<?>[] {IndicatorType.class}, (p, m, a) -> {
                    throw new IllegalStateException("rotto");
                });
        engine.typeAdded(reg(noId, 3));
        assertEquals(1, engine.types().size(), engine.types().toString());
        assertEquals(Status.RAGGIUNTO, engine.evaluate(new Indicator("A.1", "s", "r", new Timing.Unspecified("x"),
                "buono", Values.empty(), null, null), List.of(), AS_OF, 2025).status());
    }
}
