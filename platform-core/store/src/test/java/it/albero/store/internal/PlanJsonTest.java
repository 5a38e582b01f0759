package it.albero.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Timing;
import it.albero.api.model.UnitKind;
import it.albero.api.model.Values;

class PlanJsonTest {

    @Test
    void everyShapeOfTheModelSurvivesTheRoundTrip() {
        Plan small = TestPlans.small();
        assertEquals(small, PlanJson.read(PlanJson.write(small)));
        Plan big = TestPlans.synthetic("PIAO-GRANDE", 300);
        assertEquals(big, PlanJson.read(PlanJson.write(big)));
    }

    @Test
    void awkwardTextsAndNullsAreKept() {
        Indicator i = new Indicator("2025-01-01", "riga 1\nriga 2\t\"citata\" \\ fine", "",
                new Timing.ByDate("2025-12-31", LocalDate.of(2025, 12, 31)), "core.traguardo",
                Values.of("atto", "Delibera n. 45", "data", LocalDate.of(2025, 3, 1), "soglia", 0.25, "vuoto",
                        List.of(), "annidato", Map.of("x", List.of(1, 2))), 0.0, "nota \u00e8 \uD83C\uDF33");
        Objective o = new Objective("OB-1", "2025-02-30", null, Map.of("dup", "2025-06-30", "cup", ""),
                List.of(), List.of(i), null);
        Plan p = new Plan("P", new Ente("e", "Ente \u00abprova\u00bb"), "", 2024, 2026, 2026,
                PlanStatus.RENDICONTAZIONE, 7, List.of(new OrgUnit("U", "Unità", UnitKind.TRASVERSALE, null,
                List.of(o), null), new OrgUnit("V", "Vuota", UnitKind.UFFICIO, "mod", List.of(), "da rivedere")));
        assertEquals(p, PlanJson.read(PlanJson.write(p)));
    }

    @Test
    void unreadableTextSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanJson.read("[1]"));
        assertTrue(e.getMessage().contains("versione del piano illeggibile"), e.getMessage());
    }

    @Test
    void chunksNeverSplitASurrogatePair() {
        assertEquals(List.of(""), PlanHistory.chunks("", 4));
        assertEquals(List.of("abcd", "ef"), PlanHistory.chunks("abcdef", 4));
        String tree = "\uD83C\uDF33";
        List<String> parts = PlanHistory.chunks("abc" + tree + "de", 4);
        assertEquals(List.of("abc", tree + "de"), parts);
        assertEquals("abc" + tree + "de", String.join("", parts));
    }
}
