package it.albero.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Measurement;
import it.albero.api.model.Values;
import it.albero.api.spi.Steps.Done;
import it.albero.api.spi.Steps.Outcome;
import it.albero.api.spi.Steps.Planned;
import it.albero.api.spi.Steps.Step;

class StepsTest {

    private static final Steps WORKS = new Steps(List.of("aggiudicazione", "consegna", "sal", "fine-lavori", "cre"));
    private static final List<String> NUMBERED = List.of("sal");

    private static Measurement m(String date, Object... values) {
        return Measurement.of("MAN-01.1", LocalDate.parse(date), Values.of(values), "test");
    }

    private static Planned planned(String name, int n, String due) {
        return new Planned(new Step(name, n), due == null ? null : LocalDate.parse(due));
    }

    @Test
    void ranksByOrderThenNumber() {
        assertTrue(WORKS.rank(new Step("sal", 2)) > WORKS.rank(new Step("sal", 1)));
        assertTrue(WORKS.rank(new Step("fine-lavori", 0)) > WORKS.rank(new Step("sal", 9)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WORKS.rank(new Step("collaudo", 0)));
        assertTrue(e.getMessage().contains("fase 'collaudo' sconosciuta"), e.getMessage());
    }

    @Test
    void assessesMetLateOutOfOrderMissingPending() {
        List<Done> done = WORKS.done(List.of(m("2025-05-12", "fase", "consegna"), m("2025-05-20", "fase", "aggiudicazione"),
                m("2025-10-20", "fase", "sal", "numero", 1), m("2025-10-21", "fase", "sal", "numero", 1)), "fase", NUMBERED);
        assertEquals(3, done.size(), "the first record of a step counts");
        var a = WORKS.assess(List.of(planned("aggiudicazione", 0, "2025-06-30"), planned("consegna", 0, "2025-07-31"),
                planned("sal", 1, "2025-09-30"), planned("fine-lavori", 0, "2025-11-30"), planned("cre", 0, "2026-02-28")),
                done, LocalDate.of(2025, 12, 31));
        assertEquals(List.of(Outcome.MET, Outcome.OUT_OF_ORDER, Outcome.LATE, Outcome.MISSING, Outcome.PENDING),
                a.stream().map(Steps.Assessment::outcome).toList());
        assertEquals(LocalDate.of(2025, 5, 20), a.get(1).before().orElseThrow().date());
        assertEquals(0.2, Steps.attainment(a), 1e-9);
        assertEquals("1 fasi su 5 concluse nei tempi e in ordine (aggiudicazione 20/05/2025); consegna il 12/05/2025 prima di"
                + " aggiudicazione (20/05/2025): ordine non rispettato; sal il 20/10/2025, oltre la scadenza del 30/09/2025;"
                + " fine-lavori non registrata (scadenza 30/11/2025)", Steps.explain(a, Step::name, null));
        assertFalse(Steps.onPace(a));
        assertTrue(Steps.onPace(a.subList(0, 1)));
    }

    @Test
    void findsInversionsInThePlanAndInTheRecords() {
        assertEquals(1, WORKS.planInversions(List.of(planned("fine-lavori", 0, "2025-06-30"),
                planned("aggiudicazione", 0, "2025-07-30"))).size());
        assertEquals(1, WORKS.planInversions(List.of(planned("aggiudicazione", 0, "2025-06-30"),
                planned("sal", 1, "2025-03-30"))).size());
        assertEquals(0, WORKS.planInversions(List.of(planned("aggiudicazione", 0, null), planned("sal", 1, "2025-03-30"))).size());
        List<Done> done = List.of(new Done(new Step("cre", 0), LocalDate.of(2025, 3, 1)),
                new Done(new Step("fine-lavori", 0), LocalDate.of(2025, 4, 1)));
        Done[] pair = WORKS.inversions(done).get(0);
        assertEquals("cre", pair[0].step().name());
        assertEquals("fine-lavori", pair[1].step().name());
    }
}
