package it.albero.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Evaluation;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Plan;
import it.albero.api.model.Status;
import it.albero.api.spi.Finding;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.SectorModule;
import it.albero.api.spi.Severity;

class EngineImplTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private final EngineImpl engine = new EngineImpl(TestPlans.config(300));

    @AfterEach
    void stop() {
        engine.deactivate();
    }

    private static Registered<IndicatorType> reg(IndicatorType t, long id) {
        return Registered.of(t, Map.of(org.osgi.framework.Constants.SERVICE_ID, id));
    }

    @Test
    void anIndicatorWhoseTypeIsMissingIsModuloNonInstallatoAndComesBackWithIt() {
        Plan plan = TestPlans.plan(TestPlans.indicator("ENT-01.1", "entrate.avvisi"));
        Evaluation before = engine.evaluate(plan.indicators().get(0), List.of(), AS_OF, 2025);
        assertEquals(Status.MODULO_NON_INSTALLATO, before.status());
        assertTrue(before.explanation().contains("albero-sector-entrate"), before.explanation());

        FixedType t = new FixedType("entrate.avvisi", ctx -> Evaluation.of(1, Status.RAGGIUNTO, "ok"));
        engine.typeAdded(reg(t, 1));
        assertEquals(Status.RAGGIUNTO, engine.evaluate(plan.indicators().get(0), List.of(), AS_OF, 2025).status());
        assertEquals(1, engine.types().size());

        engine.removeType(t);
        assertEquals(Status.MODULO_NON_INSTALLATO,
                engine.evaluate(plan.indicators().get(0), List.of(), AS_OF, 2025).status());
        assertTrue(engine.types().isEmpty());
    }

    @Test
    void aTypeThatThrowsHarmsOnlyItsOwnIndicators() {
        engine.typeAdded(reg(new FixedType("bad", ctx -> {
            throw new IllegalStateException("guasto");
        }), 1));
        engine.typeAdded(reg(new FixedType("good", ctx -> Evaluation.of(0.8, Status.PARZIALMENTE_RAGGIUNTO, "80%")), 2));
        Plan plan = TestPlans.plan(TestPlans.indicator("A.1", "bad"), TestPlans.indicator("A.2", "good"));
        NodeEvaluation tree = engine.evaluate(plan, MeasurementSource.none(), AS_OF);
        NodeEvaluation objective = tree.children().get(0).children().get(0);
        assertEquals(Status.ERRORE, objective.children().get(0).evaluation().status());
        String why = objective.children().get(0).evaluation().explanation();
        assertFalse(why.contains("guasto") || why.contains("IllegalStateException"), "Java text reached users: " + why);
        assertTrue(why.contains("non è riuscito a valutare") && why.contains("log"), why);
        assertEquals(Status.PARZIALMENTE_RAGGIUNTO, objective.children().get(1).evaluation().status());
        assertEquals(0.8, objective.evaluation().score(), 1e-9);
    }

    @Test
    void aTypeThatLoopsIsStoppedByTheTimeBoundAndSuspended() {
        FixedType looping = new FixedType("loop", ctx -> {
            while (true) {
                Thread.onSpinWait();
                if (Thread.interrupted()) {
                    throw new IllegalStateException("interrotto");
                }
            }
        });
        engine.typeAdded(reg(looping, 1));
        engine.typeAdded(reg(new FixedType("good", ctx -> Evaluation.of(1, Status.RAGGIUNTO, "ok")), 2));
        Plan plan = TestPlans.plan(TestPlans.indicator("A.1", "loop"), TestPlans.indicator("A.2", "good"));
        long start = System.nanoTime();
        NodeEvaluation tree = engine.evaluate(plan, MeasurementSource.none(), AS_OF);
        long ms = (System.nanoTime() - start) / 1_000_000;
        NodeEvaluation objective = tree.children().get(0).children().get(0);
        assertEquals(Status.ERRORE, objective.children().get(0).evaluation().status());
        assertEquals(Status.RAGGIUNTO, objective.children().get(1).evaluation().status());
        assertTrue(ms < 5_000, "bounded by the timeout, took " + ms + " ms");
        // suspended: the next evaluation does not call it again
        Evaluation again = engine.evaluate(plan.indicators().get(0), List.of(), AS_OF, 2025);
        assertEquals(Status.ERRORE, again.status());
        assertTrue(again.explanation().contains("sospeso"), again.explanation());
        // a new registration (module reinstalled) lifts the suspension
        engine.removeType(looping);
        engine.typeAdded(reg(new FixedType("loop", ctx -> Evaluation.of(1, Status.RAGGIUNTO, "ok")), 3));
        assertEquals(Status.RAGGIUNTO, engine.evaluate(plan.indicators().get(0), List.of(), AS_OF, 2025).status());
    }

    @Test
    void aNullEvaluationIsAnError() {
        engine.typeAdded(reg(new FixedType("null", ctx -> null), 1));
        Plan plan = TestPlans.plan(TestPlans.indicator("A.1", "null"));
        assertEquals(Status.ERRORE, engine.evaluate(plan.indicators().get(0), List.of(), AS_OF, 2025).status());
    }

    @Test
    void measurementsAfterTheDateAreNotSeen() {
        engine.typeAdded(reg(new FixedType("count", ctx ->
                Evaluation.of(Math.min(1, ctx.measurements().size() / 2.0), Status.IN_CORSO, "n")), 1));
        Plan plan = TestPlans.plan(TestPlans.indicator("A.1", "count"));
        var m1 = it.albero.api.model.Measurement.of("A.1", LocalDate.of(2025, 3, 1), it.albero.api.model.Values.empty(), "t");
        var m2 = it.albero.api.model.Measurement.of("A.1", LocalDate.of(2025, 9, 1), it.albero.api.model.Values.empty(), "t");
        assertEquals(0.5, engine.evaluate(plan.indicators().get(0), List.of(m2, m1), LocalDate.of(2025, 6, 30), 2025)
                .score(), 1e-9);
        assertEquals(1.0, engine.evaluate(plan.indicators().get(0), List.of(m2, m1), AS_OF, 2025).score(), 1e-9);
    }

    @Test
    void modulesAreListedWithTheirCounts() {
        engine.moduleAdded(Registered.of(new SectorModule() {
            @Override
            public String id() {
                return "entrate";
            }

            @Override
            public String name() {
                return "Entrate";
            }

            @Override
            public List<String> servedUnits() {
                return List.of("Settore Entrate");
            }
        }, Map.of(org.osgi.framework.Constants.SERVICE_ID, 9L, "version", "1.2.0")));
        engine.typeAdded(reg(new FixedType("entrate.a", ctx -> null), 1));
        engine.typeAdded(reg(new FixedType("entrate.b", ctx -> null), 2));
        engine.typeAdded(reg(new FixedType("rapporto", ctx -> null), 3));
        var m = engine.modules();
        assertEquals(1, m.size());
        assertEquals("entrate", m.get(0).id());
        assertEquals(2, m.get(0).types());
        assertEquals("1.2.0", m.get(0).version());
    }

    @Test
    void twoServicesWithTheSameIdTheOldestWinsAndTheOtherTakesOverWhenItLeaves() {
        FixedType first = new FixedType("x", ctx -> Evaluation.of(1, Status.RAGGIUNTO, "first"));
        FixedType second = new FixedType("x", ctx -> Evaluation.of(0, Status.NON_RAGGIUNTO, "second"));
        engine.typeAdded(reg(first, 1));
        engine.typeAdded(reg(second, 2));
        Plan plan = TestPlans.plan(TestPlans.indicator("A.1", "x"));
        assertEquals("first", engine.evaluate(plan.indicators().get(0), List.of(), AS_OF, 2025).explanation());
        engine.removeType(first);
        assertEquals("second", engine.evaluate(plan.indicators().get(0), List.of(), AS_OF, 2025).explanation());
        assertFalse(engine.types().isEmpty());
    }

    @Test
    void coreChecksFindDeadlinesOutsideThePlanAndUninstalledModules() {
        engine.checkAdded(Registered.of(new DeadlineCheck(engine::settings),
                Map.of(org.osgi.framework.Constants.SERVICE_ID, 1L)));
        engine.checkAdded(Registered.of(new ParametersCheck(engine, engine::settings),
                Map.of(org.osgi.framework.Constants.SERVICE_ID, 2L)));
        var late = new it.albero.api.model.Indicator("A.1", "s", "r",
                new it.albero.api.model.Timing.ByDate("entro il 31/12/2030", LocalDate.of(2030, 12, 31)),
                "entrate.avvisi", it.albero.api.model.Values.empty(), null, null);
        Plan plan = TestPlans.plan(late);
        var findings = engine.check(plan, MeasurementSource.none(), AS_OF, null);
        assertEquals(2, findings.size(), findings.toString());
        // the deadline of the indicator: an error located on it
        Finding deadline = findings.get(0);
        assertEquals("scadenze", deadline.checkId());
        assertEquals(Severity.ERRORE, deadline.severity());
        assertEquals("A.1", deadline.location());
        assertEquals("Scadenza 31/12/2030 fuori dal triennio 2025-2027.", deadline.message());
        // the module that is not installed: a warning located on the plan, once per module
        Finding module = findings.get(1);
        assertEquals("parametri", module.checkId());
        assertEquals(Severity.AVVISO, module.severity());
        assertEquals(plan.code(), module.location());
        assertTrue(module.message().startsWith("1 indicatori usano tipi del modulo 'entrate', che non è installato"),
                module.message());
    }
}
