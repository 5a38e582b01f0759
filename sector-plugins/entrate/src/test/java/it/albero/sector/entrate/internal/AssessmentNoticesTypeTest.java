package it.albero.sector.entrate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.model.Values;
import it.albero.testing.TypeFixtures;

class AssessmentNoticesTypeTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("ENT", "Settore Entrate");

    private final AssessmentNoticesType type = new AssessmentNoticesType();

    private static Indicator indicator(Values params) {
        return new Indicator("ENT-01.1", "Avvisi emessi/da emettere", "100%",
                new Timing.ByDate("entro il 31/12/2025", LocalDate.of(2025, 12, 31)), "entrate.avvisi", params, null, null);
    }

    private static Evaluation eval(AssessmentNoticesType type, Indicator ind, LocalDate asOf, Measurement... ms) {
        return TypeFixtures.eval(type, ind, asOf.toString(), List.of(ms));
    }

    private static Measurement m(String date, int issued, int toIssue) {
        return Measurement.of("ENT-01.1", LocalDate.parse(date), Values.of("emessi", issued, "da_emettere", toIssue), "t");
    }

    @Test
    void explainsTheRatioAgainstTheTarget() {
        Evaluation e = eval(type, indicator(Values.of("target", 100)), LocalDate.of(2025, 12, 31), m("2025-12-20", 12, 15));
        assertEquals(0.8, e.score(), 1e-9);
        assertEquals(Status.PARZIALMENTE_RAGGIUNTO, e.status());
        assertEquals("12 avvisi emessi su 15 da emettere: 80% contro un target del 100%.", e.explanation());
    }

    @Test
    void beforeTheDeadlineItIsInCorsoAndAtRiskWhenBehindPace() {
        Evaluation e = eval(type, indicator(Values.of("target", 100)), LocalDate.of(2025, 10, 1), m("2025-09-30", 2, 15));
        assertEquals(Status.IN_CORSO, e.status());
        assertTrue(e.atRisk());
    }

    @Test
    void noticesNotIssuedByThePrescriptionAreLost() {
        Evaluation e = eval(type, indicator(Values.of("anno_imposta", 2019)), LocalDate.of(2025, 1, 10), m("2025-01-05", 5, 10));
        assertEquals(Status.NON_RAGGIUNTO, e.status());
        assertTrue(e.explanation().contains("prescritti"), e.explanation());
    }

    @Test
    void noMeasurementAfterTheDeadlineIsMissingData() {
        assertEquals(Status.DATI_MANCANTI, eval(type, indicator(Values.empty()), LocalDate.of(2026, 1, 10)).status());
        assertEquals(Status.NON_ANCORA_DOVUTO, eval(type, indicator(Values.empty()), LocalDate.of(2025, 3, 1)).status());
    }

    @Test
    void zeroToIssueIsReached() {
        assertEquals(Status.RAGGIUNTO, eval(type, indicator(Values.empty()), LocalDate.of(2025, 12, 31), m("2025-12-01", 0, 0)).status());
    }

    @Test
    void aDeadlineAfterThePrescriptionIsInvalid() {
        List<String> problems = type.validate(indicator(Values.of("anno_imposta", 2019)));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("31/12/2024"), problems.get(0));
        assertTrue(type.validate(indicator(Values.of("anno_imposta", 2020))).isEmpty());
        assertEquals(1, type.validate(indicator(Values.of("target", 150))).size());
        assertEquals(1, type.validate(indicator(Values.of("colore", "blu"))).size());
    }
}
