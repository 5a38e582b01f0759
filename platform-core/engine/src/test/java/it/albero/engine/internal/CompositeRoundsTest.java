package it.albero.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Plan;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.model.Values;
import it.albero.api.spi.IndicatorType;

/** Indicators that list {@code componenti} see their components' evaluations, evaluated in earlier rounds. */
class CompositeRoundsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private final EngineImpl engine = new EngineImpl(TestPlans.config(300));

    @AfterEach
    void stop() {
        engine.deactivate();
    }

    private static Registered<IndicatorType> reg(IndicatorType t, long id) {
        return Registered.of(t, Map.of(org.osgi.framework.Constants.SERVICE_ID, id));
    }

    private static Indicator ind(String code, String type, Object components) {
        Values params = components == null ? Values.empty() : Values.of("componenti", components);
        return new Indicator(code, "s", "r", new Timing.Period("annuale", Timing.PeriodKind.ANNO, 1, 2025), type,
                params, null, null);
    }

    /** A composite: the mean of what it sees of A.1, A.2, C.1 (whatever it lists); "none" when it sees nothing. */
    private static FixedType composite() {
        return new FixedType("comp", ctx -> {
            double sum = 0;
            int n = 0;
            StringBuilder seen = new StringBuilder();
            for (String code : List.of("A.1", "A.2", "C.1")) {
                Optional<Evaluation> e = ctx.evaluationOf(code);
                if (e.isPresent() && e.get().hasScore()) {
                    sum += e.get().score();
                    n++;
                    seen.append(code).append(' ');
                }
            }
            return n == 0 ? Evaluation.without(Status.DATI_MANCANTI, "none")
                    : Evaluation.of(sum / n, Status.PARZIALMENTE_RAGGIUNTO, seen.toString().trim());
        });
    }

    @Test
    void compositesSeeTheirComponentsAndOnlyThem() {
        engine.typeAdded(reg(new FixedType("full", ctx -> Evaluation.of(1, Status.RAGGIUNTO, "ok")), 1));
        engine.typeAdded(reg(new FixedType("half", ctx -> Evaluation.of(0.5, Status.PARZIALMENTE_RAGGIUNTO, "50%")), 2));
        engine.typeAdded(reg(composite(), 3));
        // listed before their components, a composite of a composite, a composite listing one component only
        Plan plan = TestPlans.plan(
                ind("C.2", "comp", List.of("C.1")),
                ind("C.1", "comp", List.of("A.1", "A.2")),
                ind("C.3", "comp", "A.2"),
                ind("C.4", "comp", List.of(Map.of("codice", "A.1"), "ZZ.9")),
                ind("A.1", "full", null),
                ind("A.2", "half", null));
        NodeEvaluation tree = engine.evaluate(plan, MeasurementSource.none(), AS_OF);
        List<NodeEvaluation> rows = tree.children().get(0).children().get(0).children();
        assertEquals("C.2", rows.get(0).code());
        assertEquals("C.1", rows.get(0).evaluation().explanation());
        assertEquals(0.75, rows.get(0).evaluation().score(), 1e-9);
        assertEquals("A.1 A.2", rows.get(1).evaluation().explanation());
        assertEquals(0.75, rows.get(1).evaluation().score(), 1e-9);
        assertEquals("A.2", rows.get(2).evaluation().explanation());
        assertEquals("A.1", rows.get(3).evaluation().explanation());
    }

    @Test
    void aCycleOfComponentsIsAnErrorForItsMembersOnly() {
        engine.typeAdded(reg(new FixedType("full", ctx -> Evaluation.of(1, Status.RAGGIUNTO, "ok")), 1));
        engine.typeAdded(reg(composite(), 2));
        Plan plan = TestPlans.plan(
                ind("C.1", "comp", List.of("C.2")),
                ind("C.2", "comp", List.of("C.1")),
                ind("C.3", "comp", List.of("C.3")),
                ind("C.4", "comp", List.of("A.1")),
                ind("A.1", "full", null));
        NodeEvaluation tree = engine.evaluate(plan, MeasurementSource.none(), AS_OF);
        List<NodeEvaluation> rows = tree.children().get(0).children().get(0).children();
        for (int i = 0; i < 3; i++) {
            assertEquals(Status.ERRORE, rows.get(i).evaluation().status(), rows.get(i).code());
            assertTrue(rows.get(i).evaluation().explanation().contains("circolare"));
        }
        assertEquals("A.1", rows.get(3).evaluation().explanation());
        assertEquals(Status.RAGGIUNTO, rows.get(4).evaluation().status());
    }

    @Test
    void evaluatedOnItsOwnACompositeSeesNothing() {
        engine.typeAdded(reg(composite(), 1));
        Evaluation e = engine.evaluate(ind("C.1", "comp", List.of("A.1")), List.of(), AS_OF, 2025);
        assertEquals(Status.DATI_MANCANTI, e.status());
    }

    @Test
    void aPlanWithoutCompositesIsOneRound() {
        List<Indicator> plain = List.of(ind("A.1", "full", null), ind("A.2", "half", null));
        assertEquals(List.of(plain), Evaluator.rounds(plain, new java.util.HashMap<>(), TestPlans.settings(Scoring.defaults()).text()));
    }
}
