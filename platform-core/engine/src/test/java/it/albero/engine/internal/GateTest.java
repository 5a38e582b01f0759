package it.albero.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.model.UnitKind;
import it.albero.api.model.Values;

/** Issue 13: a prerequisite objective ("obiettivo cancello", weight X) weighs nothing, and failing it zeroes the unit. */
class GateTest {

    private static Indicator ind(String code) {
        return new Indicator(code, "strumento", "atteso", new Timing.Unspecified(""), "rapporto", Values.empty(), null,
                null);
    }

    private static Objective objective(String code, Double weight, boolean gate) {
        return new Objective(code, "titolo " + code, weight, gate ? Map.of(Objective.TAG_GATE, Objective.GATE)
                : Map.of(), List.of(), List.of(ind(code + ".1")), null);
    }

    private static OrgUnit unit() {
        return new OrgUnit("U", "Unità", UnitKind.SETTORE, null, List.of(objective("U-01", 3.0, false),
                objective("U-02", 1.0, false), objective("U-03", null, true)), null);
    }

    private static NodeEvaluation evaluate(Scoring scoring, Evaluation gate) {
        Map<String, Evaluation> byCode = new HashMap<>();
        byCode.put("U-01.1", Evaluation.of(1, Status.RAGGIUNTO, ""));
        byCode.put("U-02.1", Evaluation.of(0.6, Status.PARZIALMENTE_RAGGIUNTO, ""));
        byCode.put("U-03.1", gate);
        return new Rollup(TestPlans.settings(scoring), Map.of()).unit(unit(), byCode);
    }

    @Test
    void aGateReachedWeighsNothing() {
        NodeEvaluation u = evaluate(Scoring.defaults(), Evaluation.of(1, Status.RAGGIUNTO, ""));
        assertEquals(0.9, u.evaluation().score(), 1e-9, u.evaluation().explanation());
        assertEquals(0.0, u.children().get(2).weight());
    }

    @Test
    void aGateFailedZeroesTheUnit() {
        NodeEvaluation u = evaluate(Scoring.defaults(), Evaluation.of(0.4, Status.NON_RAGGIUNTO, ""));
        assertEquals(0.0, u.evaluation().score(), 1e-9);
        assertEquals(Status.NON_RAGGIUNTO, u.evaluation().status());
        assertEquals("Obiettivo cancello U-03 non raggiunto: il risultato è azzerato (senza il cancello sarebbe 90%).",
                u.evaluation().explanation());
        assertTrue(u.evaluation().atRisk());
    }

    @Test
    void aGatePartlyReachedFailsToo() {
        assertEquals(0.0, evaluate(Scoring.defaults(), Evaluation.of(0.8, Status.PARZIALMENTE_RAGGIUNTO, ""))
                .evaluation().score(), 1e-9);
    }

    @Test
    void aGateStillOpenLeavesTheMeanWithANote() {
        NodeEvaluation u = evaluate(Scoring.defaults(), new Evaluation(0.5, Status.IN_CORSO, "", false));
        assertEquals(0.9, u.evaluation().score(), 1e-9);
        assertTrue(u.evaluation().explanation().contains("Obiettivo cancello U-03 ancora da verificare"),
                u.evaluation().explanation());
    }

    @Test
    void aGateWithoutDataFollowsTheMissingDataPolicy() {
        Evaluation missing = Evaluation.without(Status.DATI_MANCANTI, "");
        assertEquals(0.9, evaluate(Scoring.defaults(), missing).evaluation().score(), 1e-9, "escludi");
        Scoring zero = new Scoring("lineare", "70:90,90:100", 50, "zero");
        assertEquals(0.0, evaluate(zero, missing).evaluation().score(), 1e-9, "zero");
    }
}
