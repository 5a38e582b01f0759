package it.albero.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.ScoreOverride;
import it.albero.api.store.AuditEntry;
import it.albero.api.store.PlanKey;
import it.albero.api.store.ValidationException;

/**
 * The override ("rettifica") tests, mixed into the repository suite of every database ({@link DerbyStoreTest},
 * {@link PostgresStoreTest}) so that they run on the same fresh database per test as {@link StoreContract}.
 */
interface OverrideContract {

    /** The test's stores, on an empty database. */
    Stores stores();

    private JdbcOverrideStore overrides() {
        return stores().overrides();
    }

    private void savePlan() {
        stores().plans().save(TestPlans.small(), "ufficio");
    }

    private static void assertRefused(String expected, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertTrue(e.getMessage().contains(expected), "atteso '" + expected + "' in: " + e.getMessage());
    }

    @Test
    default void anOverrideCanBeSetOnAUnitAnObjectiveAPhaseAndAnIndicator() {
        savePlan();
        ScoreOverride unit = overrides().set(StoreContract.KEY, "POL", 0.6, "Organico ridotto del 30%", "oiv");
        overrides().set(StoreContract.KEY, "ENT-01", 1.0, "Obiettivo raggiunto nella sostanza", "oiv");
        overrides().set(StoreContract.KEY, "ENT-01a", 0.5, "Fase avviata in ritardo per causa esterna", "oiv");
        overrides().set(StoreContract.KEY, " ENT-01.1 ", 0.85, "  Dato del gestionale corretto a mano  ", "ufficio.performance");

        Map<String, ScoreOverride> active = overrides().active(StoreContract.KEY);
        assertEquals(List.of("ENT-01", "ENT-01.1", "ENT-01a", "POL"), List.copyOf(active.keySet()));
        assertEquals(unit, active.get("POL"));
        ScoreOverride ind = active.get("ENT-01.1");
        assertEquals(0.85, ind.score(), 1e-12);
        assertEquals("Dato del gestionale corretto a mano", ind.note());
        assertEquals("ufficio.performance", ind.author());
        assertNotNull(ind.at());
        assertEquals(Map.of(), overrides().active(new PlanKey("comune-prova", "ALTRO")));
    }

    @Test
    default void settingAgainReplacesClearingRemovesAndTheAuditTrailKeepsBeforeAndAfter() {
        savePlan();
        overrides().set(StoreContract.KEY, "ENT-01", 0.8, "Prima valutazione dell'OIV", "oiv.rossi");
        ScoreOverride second = overrides().set(StoreContract.KEY, "ENT-01", 0.9, "Rivista dopo il colloquio", "oiv.bianchi");
        assertEquals(Map.of("ENT-01", second), overrides().active(StoreContract.KEY));

        overrides().clear(StoreContract.KEY, "ENT-01", "Il dato corretto è stato registrato: vale il calcolato", "oiv.rossi");
        assertEquals(Map.of(), overrides().active(StoreContract.KEY));

        List<AuditEntry> trail = stores().audit().byCode("ENT-01", 10);
        assertEquals(List.of("rettifica.annulla", "rettifica.imposta", "rettifica.imposta"),
                trail.stream().map(AuditEntry::action).toList());
        AuditEntry cleared = trail.get(0);
        assertEquals("oiv.rossi", cleared.author());
        assertEquals("rettifica", cleared.entity());
        assertEquals(StoreContract.KEY, cleared.plan());
        assertEquals(AuditEntry.Outcome.ACCEPTED, cleared.outcome());
        assertTrue(cleared.before().contains("\"punteggio\":0.9") && cleared.before().contains("oiv.bianchi"),
                cleared.before());
        assertTrue(cleared.after().contains("vale il calcolato"), cleared.after());
        assertTrue(cleared.message().contains("annullata"), cleared.message());
        AuditEntry replaced = trail.get(1);
        assertTrue(replaced.before().contains("\"punteggio\":0.8"), replaced.before());
        assertTrue(replaced.after().contains("\"punteggio\":0.9")
                && replaced.after().contains("Rivista dopo il colloquio"), replaced.after());
        assertTrue(replaced.message().contains("90%") && replaced.message().contains("era 80%"), replaced.message());
        assertNull(trail.get(2).before());
    }

    @Test
    default void badInputIsRefusedAndWritesNothing() {
        savePlan();
        overrides().set(StoreContract.KEY, "ENT-01", 0.8, "In vigore", "oiv");
        int audit = stores().audit().recent(1000).size();
        Map<String, ScoreOverride> before = overrides().active(StoreContract.KEY);

        assertRefused("la nota è obbligatoria", () -> overrides().set(StoreContract.KEY, "POL", 0.5, null, "oiv"));
        assertRefused("la nota è obbligatoria", () -> overrides().set(StoreContract.KEY, "POL", 0.5, "   ", "oiv"));
        assertRefused("la nota è obbligatoria", () -> overrides().clear(StoreContract.KEY, "ENT-01", "", "oiv"));
        assertRefused("'nota' è troppo lungo", () -> overrides().set(StoreContract.KEY, "POL", 0.5, "x".repeat(4001), "oiv"));
        assertRefused("fuori dall'intervallo 0-100%", () -> overrides().set(StoreContract.KEY, "POL", 1.01, "nota", "oiv"));
        assertRefused("fuori dall'intervallo 0-100%", () -> overrides().set(StoreContract.KEY, "POL", -0.01, "nota", "oiv"));
        assertRefused("fuori dall'intervallo 0-100%", () -> overrides().set(StoreContract.KEY, "POL", Double.NaN, "nota", "oiv"));
        assertRefused("autore mancante", () -> overrides().set(StoreContract.KEY, "POL", 0.5, "nota", " "));
        assertRefused("nodo sconosciuto 'ENT-99'", () -> overrides().set(StoreContract.KEY, "ENT-99", 0.5, "nota", "oiv"));
        assertRefused("nodo sconosciuto 'PIAO-2025'", () -> overrides().set(StoreContract.KEY, "PIAO-2025", 0.5, "nota", "oiv"));
        assertRefused("piano sconosciuto comune-prova/ALTRO",
                () -> overrides().set(new PlanKey("comune-prova", "ALTRO"), "ENT", 0.5, "nota", "oiv"));
        assertRefused("nessuna rettifica in vigore su 'POL'", () -> overrides().clear(StoreContract.KEY, "POL", "nota", "oiv"));

        assertEquals(before, overrides().active(StoreContract.KEY));
        assertEquals(audit, stores().audit().recent(1000).size(), "a refused override writes nothing");
    }

    @Test
    default void aValidatedPlanRefusesOverridesAndTheirRemoval() {
        savePlan();
        overrides().set(StoreContract.KEY, "ENT-01", 0.8, "Decisa in rendicontazione", "oiv");
        int version = 1;
        for (PlanStatus next : List.of(PlanStatus.ADOTTATO, PlanStatus.MONITORAGGIO, PlanStatus.RENDICONTAZIONE,
                PlanStatus.VALIDATO)) {
            version = stores().plans().updateStatus(StoreContract.KEY, next, version, "oiv").version();
        }
        int audit = stores().audit().recent(1000).size();
        assertRefused(JdbcOverrideStore.LOCKED, () -> overrides().set(StoreContract.KEY, "POL", 0.5, "troppo tardi", "oiv"));
        assertRefused(JdbcOverrideStore.LOCKED, () -> overrides().clear(StoreContract.KEY, "ENT-01", "troppo tardi", "oiv"));
        assertEquals(List.of("ENT-01"), List.copyOf(overrides().active(StoreContract.KEY).keySet()));
        assertEquals(audit, stores().audit().recent(1000).size());
        assertEquals(version, stores().plans().summary(StoreContract.KEY).orElseThrow().version(),
                "setting an override never changes the plan's version");
    }

    @Test
    default void overridesBelongToTheirPlanAndSurviveANewVersionOfIt() {
        savePlan();
        Plan other = TestPlans.small(TestPlans.ENTE, "PIAO-2026");
        stores().plans().save(other, "ufficio");
        overrides().set(StoreContract.KEY, "ENT", 0.7, "Per il 2025", "oiv");
        overrides().set(PlanKey.of(other), "POL", 0.4, "Per il 2026", "oiv");

        Plan stored = stores().plans().load(StoreContract.KEY).orElseThrow();
        stores().plans().save(stored, "ufficio");
        assertEquals(List.of("ENT"), List.copyOf(overrides().active(StoreContract.KEY).keySet()));
        assertEquals(List.of("POL"), List.copyOf(overrides().active(PlanKey.of(other)).keySet()));
    }
}
