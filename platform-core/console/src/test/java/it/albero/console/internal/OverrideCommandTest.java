package it.albero.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Evaluation;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.NodeEvaluation.Kind;
import it.albero.api.model.ScoreOverride;
import it.albero.api.model.Status;

/** How {@code albero:override} reads its command line, and how {@code albero:eval} prints an overridden node. */
class OverrideCommandTest {

    @Test
    void optionsAfterTheArgumentsAreTakenOutOfThem() {
        // albero:override ENT-01 85% --note 'Ritardo non imputabile' --plan comune/PIAO-2025
        OverrideCommand.Request r = OverrideCommand.parse(List.of("ENT-01", "85%", "--note", "Ritardo non imputabile",
                "--plan", "comune/PIAO-2025"), null, null, false, null);
        assertEquals(new OverrideCommand.Request("ENT-01", 0.85, "Ritardo non imputabile", "comune/PIAO-2025", false, null),
                r);
        // options before the arguments come parsed by Karaf
        r = OverrideCommand.parse(List.of("ENT-01.2", "72,5"), " nota ", null, false, null);
        assertEquals(0.725, r.score(), 1e-12);
        assertEquals("nota", r.note());
    }

    @Test
    void clearTakesOnlyTheCode() {
        OverrideCommand.Request r = OverrideCommand.parse(List.of("ENT-01", "-n", "Dato corretto registrato"),
                null, null, true, null);
        assertTrue(r.clear());
        assertNull(r.score());
        r = OverrideCommand.parse(List.of("ENT-01", "--clear", "--note=Dato corretto"), null, null, false, null);
        assertTrue(r.clear());
        assertEquals("Dato corretto", r.note());
    }

    private static String refused(List<String> tokens, String note, boolean clear) {
        return assertThrows(CommandError.class, () -> OverrideCommand.parse(tokens, note, null, clear, null)).getMessage();
    }

    @Test
    void aMissingNoteIsOneItalianLine() {
        String m = refused(List.of("ENT-01", "85"), null, false);
        assertEquals("Nota obbligatoria: indicare il motivo della rettifica con --note \"...\" (nulla è stato"
                + " registrato).", m);
        assertTrue(refused(List.of("ENT-01", "85", "--note", "  "), null, false).startsWith("Nota obbligatoria"));
        assertTrue(refused(List.of("ENT-01"), null, true).contains("motivo dell'annullamento"));
        assertFalse(m.contains("\n"));
    }

    @Test
    void badScoresAndArgumentsAreRefused() {
        assertTrue(refused(List.of("ENT-01", "120", "-n", "x"), null, false).contains("oltre il 100%"));
        assertTrue(refused(List.of("ENT-01", "-5", "-n", "x"), null, false).contains("Punteggio non valido"));
        assertTrue(refused(List.of("ENT-01", "molto", "-n", "x"), null, false).contains("Punteggio non valido"));
        assertTrue(refused(List.of("ENT-01", "-n", "x"), null, false).startsWith("Punteggio mancante"));
        assertTrue(refused(List.of(), "x", false).startsWith("Codice del nodo mancante"));
        assertTrue(refused(List.of("ENT-01", "80", "-n", "x"), null, true).startsWith("Troppi argomenti"));
        assertTrue(refused(List.of("ENT-01", "80", "--force"), "x", false).startsWith("Opzione sconosciuta"));
        assertTrue(refused(List.of("ENT-01", "80", "--note"), null, false).contains("senza testo"));
    }

    @Test
    void evalShowsTheComputedValueBesideTheOverriddenOne() {
        Evaluation computed = Evaluation.of(0.6, Status.PARZIALMENTE_RAGGIUNTO, "Media pesata 60%.");
        ScoreOverride o = new ScoreOverride("ENT-01", 0.85, "Ritardo non imputabile", "oiv",
                Instant.parse("2026-01-15T10:00:00Z"));
        NodeEvaluation n = new NodeEvaluation(Kind.OBIETTIVO, "ENT-01", "Riscossione", 1.0,
                Evaluation.of(0.85, Status.PARZIALMENTE_RAGGIUNTO, "Valore rettificato da oiv il 15/01/2026: Ritardo"
                        + " non imputabile (calcolato: 60% parzialmente raggiunto)"), List.of(), computed, o);
        assertEquals("  ENT-01  85% (calcolato 60% parzialmente raggiunto)  parzialmente raggiunto  [rettificato]"
                + "  Valore rettificato da oiv il 15/01/2026: Ritardo non imputabile (calcolato: 60% parzialmente"
                + " raggiunto)", EvalCommand.line(n, 1));
        NodeEvaluation plain = new NodeEvaluation(Kind.OBIETTIVO, "ENT-02", "x", 1.0, computed, List.of());
        assertEquals("ENT-02  60%  parzialmente raggiunto  Media pesata 60%.", EvalCommand.line(plain, 0));
    }
}
