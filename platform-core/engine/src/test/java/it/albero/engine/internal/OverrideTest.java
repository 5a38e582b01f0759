package it.albero.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Ente;
import it.albero.api.model.Evaluation;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.ScoreOverride;
import it.albero.api.model.Status;
import it.albero.api.model.UnitKind;
import it.albero.api.spi.IndicatorType;

/** Overrides of the OIV / performance office: on indicators, objectives and units, with the computed value kept. */
class OverrideTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    /** 10:30 in Rome on 15/01/2026: the date in the explanation is Rome's. */
    private static final Instant AT = Instant.parse("2026-01-15T09:30:00Z");

    /** Computed evaluations by indicator code. */
    private static final Map<String, Evaluation> COMPUTED = Map.of(
            "A.1", Evaluation.of(0.5, Status.PARZIALMENTE_RAGGIUNTO, "50%"),
            "A.2", Evaluation.of(1.0, Status.RAGGIUNTO, "100%"),
            "B.1", Evaluation.without(Status.DATI_MANCANTI, "nessuna rilevazione"),
            "C.1", new Evaluation(0.2, Status.IN_CORSO, "20% a metà anno", true));

    private final EngineImpl engine = new EngineImpl(TestPlans.config(300));
    private Plan plan;

    @BeforeEach
    void setUp() {
        engine.typeAdded(Registered.of((IndicatorType) new FixedType("fisso",
                ctx -> COMPUTED.get(ctx.indicator().code())), Map.of(org.osgi.framework.Constants.SERVICE_ID, 1L)));
        Objective ent1 = new Objective("ENT-01", "Riscossione", null, Map.of(), List.of(),
                List.of(TestPlans.indicator("A.1", "fisso"), TestPlans.indicator("A.2", "fisso")), null);
        Objective ent2 = new Objective("ENT-02", "Accertamenti", null, Map.of(), List.of(),
                List.of(TestPlans.indicator("B.1", "fisso")), null);
        Objective pol1 = new Objective("POL-01", "Sicurezza", null, Map.of(), List.of(),
                List.of(TestPlans.indicator("C.1", "fisso")), null);
        plan = new Plan("PIAO-2025", new Ente("test", "Comune di Prova"), "Piano", 2025, 2027, 2025,
                PlanStatus.RENDICONTAZIONE, 1, List.of(
                new OrgUnit("ENT", "Settore Entrate", UnitKind.SETTORE, null, List.of(ent1, ent2), null),
                new OrgUnit("POL", "Polizia Locale", UnitKind.SETTORE, null, List.of(pol1), null)));
    }

    @AfterEach
    void stop() {
        engine.deactivate();
    }

    private static ScoreOverride override(String code, double score, String note) {
        return new ScoreOverride(code, score, note, "oiv.rossi", AT);
    }

    private NodeEvaluation evaluate(ScoreOverride... overrides) {
        Map<String, ScoreOverride> byCode = new java.util.HashMap<>();
        for (ScoreOverride o : overrides) {
            byCode.put(o.code(), o);
        }
        return engine.evaluate(plan, MeasurementSource.none(), AS_OF, byCode);
    }

    private static NodeEvaluation find(NodeEvaluation tree, String code) {
        NodeEvaluation[] found = {null};
        tree.forEach(n -> {
            if (n.code().equals(code)) {
                found[0] = n;
            }
        });
        return found[0];
    }

    @Test
    void withoutOverridesTheComputedIsTheEffectiveAndTheThreeArgumentCallIsTheSame() {
        NodeEvaluation tree = evaluate();
        assertEquals(engine.evaluate(plan, MeasurementSource.none(), AS_OF), tree);
        tree.forEach(n -> {
            assertFalse(n.overridden(), n.code());
            assertSame(n.evaluation(), n.computed(), n.code());
        });
        assertEquals(0.75, find(tree, "ENT-01").evaluation().score(), 1e-9);
    }

    @Test
    void anIndicatorOverrideCountsInTheRollUpAndKeepsTheComputedValue() {
        ScoreOverride o = override("A.1", 0.9, "Ritardo dovuto al cambio del gestionale, non imputabile al settore");
        NodeEvaluation tree = evaluate(o);
        NodeEvaluation a1 = find(tree, "A.1");
        assertTrue(a1.overridden());
        assertSame(o, a1.override());
        assertEquals(0.9, a1.evaluation().score(), 1e-9);
        assertEquals(Status.PARZIALMENTE_RAGGIUNTO, a1.evaluation().status());
        assertEquals(0.5, a1.computed().score(), 1e-9);
        assertEquals("Valore rettificato da oiv.rossi il 15/01/2026: Ritardo dovuto al cambio del gestionale,"
                + " non imputabile al settore (calcolato: 50% parzialmente raggiunto)", a1.evaluation().explanation());
        // the parent rolls up the effective score: (0.9 + 1.0) / 2
        NodeEvaluation ent1 = find(tree, "ENT-01");
        assertEquals(0.95, ent1.evaluation().score(), 1e-9);
        assertFalse(ent1.overridden());
        assertEquals(0.95, find(tree, "ENT").evaluation().score(), 1e-9);
    }

    @Test
    void anObjectiveOverrideTakesItsStatusFromThePolicyAndLeavesItsChildrenAlone() {
        NodeEvaluation tree = evaluate(override("ENT-01", 1.0, "Obiettivo raggiunto nella sostanza"));
        NodeEvaluation ent1 = find(tree, "ENT-01");
        assertEquals(1.0, ent1.evaluation().score(), 1e-9);
        assertEquals(Status.RAGGIUNTO, ent1.evaluation().status());
        assertEquals(0.75, ent1.computed().score(), 1e-9);
        assertTrue(ent1.evaluation().explanation().endsWith("(calcolato: 75% parzialmente raggiunto)"),
                ent1.evaluation().explanation());
        assertEquals(0.5, find(tree, "A.1").evaluation().score(), 1e-9);
        assertFalse(find(tree, "A.1").overridden());
        assertEquals(1.0, find(tree, "ENT").evaluation().score(), 1e-9);
    }

    @Test
    void anOverrideGivesAScoreToANodeWithoutData() {
        NodeEvaluation tree = evaluate(override("B.1", 0.0, "Attività non svolta: verificato in sede di colloquio"));
        NodeEvaluation b1 = find(tree, "B.1");
        assertEquals(0.0, b1.evaluation().score(), 1e-9);
        assertEquals(Status.NON_RAGGIUNTO, b1.evaluation().status());
        assertNull(b1.computed().score());
        assertTrue(b1.evaluation().explanation().endsWith("(calcolato: dati mancanti)"), b1.evaluation().explanation());
        // ENT-02 now has a score, and ENT averages ENT-01 (0.75) and ENT-02 (0)
        assertEquals(0.0, find(tree, "ENT-02").evaluation().score(), 1e-9);
        assertEquals(0.375, find(tree, "ENT").evaluation().score(), 1e-9);
    }

    @Test
    void aUnitOverrideIsWhatTheEnteRollsUpAndEndsTheOpenStatus() {
        NodeEvaluation before = evaluate();
        assertEquals(Status.IN_CORSO, find(before, "POL").evaluation().status());
        assertEquals(Status.IN_CORSO, before.evaluation().status());

        NodeEvaluation tree = evaluate(override("POL", 0.6, "Organico ridotto del 30% per tutto l'anno"));
        NodeEvaluation pol = find(tree, "POL");
        assertEquals(NodeEvaluation.Kind.UNITA, pol.kind());
        assertEquals(0.6, pol.evaluation().score(), 1e-9);
        assertEquals(Status.PARZIALMENTE_RAGGIUNTO, pol.evaluation().status());
        assertFalse(pol.evaluation().atRisk(), "an override is a judgement, not a forecast");
        assertEquals(Status.IN_CORSO, pol.computed().status());
        assertTrue(pol.computed().atRisk());
        // ente: ENT 0.75, POL 0.6 -> 0.675, and no longer open
        assertEquals(0.675, tree.evaluation().score(), 1e-9);
        assertEquals(Status.PARZIALMENTE_RAGGIUNTO, tree.evaluation().status());
    }

    @Test
    void overridesOnCodesNotInTheTreeAreIgnored() {
        assertEquals(evaluate(), evaluate(override("NON-ESISTE", 1.0, "nodo rimosso dal piano")));
    }

    @Test
    void anOverrideNeedsANoteAScoreInRangeAndAnAuthor() {
        assertThrows(IllegalArgumentException.class, () -> override("A.1", 0.5, " "));
        assertThrows(IllegalArgumentException.class, () -> override("A.1", 0.5, null));
        assertThrows(IllegalArgumentException.class, () -> override("A.1", 1.01, "nota"));
        assertThrows(IllegalArgumentException.class, () -> override("A.1", -0.1, "nota"));
        assertThrows(IllegalArgumentException.class, () -> new ScoreOverride("A.1", 0.5, "nota", "", AT));
    }
}
