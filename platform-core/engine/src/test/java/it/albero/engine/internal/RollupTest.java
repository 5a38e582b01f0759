package it.albero.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Evaluation;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.NodeEvaluation.Kind;
import it.albero.api.model.Status;

class RollupTest {

    private static NodeEvaluation leaf(double weight, Evaluation e) {
        return new NodeEvaluation(Kind.INDICATORE, "X", "x", weight, e, List.of());
    }

    @Test
    void weightedMeanOfScoredChildren() {
        Rollup r = new Rollup(TestPlans.settings(Scoring.defaults()), java.util.Map.of());
        Evaluation e = r.aggregate(List.of(
                leaf(3, Evaluation.of(1, Status.RAGGIUNTO, "")),
                leaf(1, Evaluation.of(0.6, Status.PARZIALMENTE_RAGGIUNTO, ""))));
        assertEquals(0.9, e.score(), 1e-9);
        assertEquals(Status.PARZIALMENTE_RAGGIUNTO, e.status());
    }

    @Test
    void missingDataIsExcludedByDefaultAndCountsAsZeroWhenConfigured() {
        List<NodeEvaluation> children = List.of(
                leaf(1, Evaluation.of(1, Status.RAGGIUNTO, "")),
                leaf(1, Evaluation.without(Status.DATI_MANCANTI, "")));
        assertEquals(1.0, new Rollup(TestPlans.settings(Scoring.defaults()), java.util.Map.of()).aggregate(children).score(), 1e-9);
        Scoring zero = new Scoring("lineare", "", 50, "zero");
        Evaluation e = new Rollup(TestPlans.settings(zero), java.util.Map.of()).aggregate(children);
        assertEquals(0.5, e.score(), 1e-9);
        assertEquals(Status.PARZIALMENTE_RAGGIUNTO, e.status());
    }

    @Test
    void openChildrenKeepTheParentInCorsoAndRiskPropagates() {
        Evaluation e = new Rollup(TestPlans.settings(Scoring.defaults()), java.util.Map.of()).aggregate(List.of(
                leaf(1, Evaluation.of(1, Status.RAGGIUNTO, "")),
                leaf(1, new Evaluation(0.2, Status.IN_CORSO, "", true))));
        assertEquals(Status.IN_CORSO, e.status());
        assertTrue(e.atRisk());
    }

    @Test
    void allChildrenNotInstalledMakesTheParentNotInstalled() {
        Evaluation e = new Rollup(TestPlans.settings(Scoring.defaults()), java.util.Map.of()).aggregate(List.of(
                leaf(1, Evaluation.without(Status.MODULO_NON_INSTALLATO, "")),
                leaf(1, Evaluation.without(Status.MODULO_NON_INSTALLATO, ""))));
        assertEquals(Status.MODULO_NON_INSTALLATO, e.status());
        assertNull(e.score());
    }

    @Test
    void bandsScoreAsManySmvpDo() {
        Scoring bands = new Scoring("fasce", "70:90,90:100", 50, "escludi");
        assertEquals(0.0, bands.score(0.69), 1e-9);
        assertEquals(0.9, bands.score(0.70), 1e-9);
        assertEquals(0.9, bands.score(0.89), 1e-9);
        assertEquals(1.0, bands.score(0.90), 1e-9);
        assertEquals(Status.RAGGIUNTO, bands.status(1.0));
    }

    @Test
    void linearIsCapped() {
        assertEquals(1.0, Scoring.defaults().score(1.5), 1e-9);
        assertEquals(0.8, Scoring.defaults().score(0.8), 1e-9);
        assertEquals(0.0, Scoring.defaults().score(-1), 1e-9);
    }
}
