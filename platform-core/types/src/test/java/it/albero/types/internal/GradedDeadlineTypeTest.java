package it.albero.types.internal;

import static it.albero.types.internal.Fixture.eval;
import static it.albero.types.internal.Fixture.expect;
import static it.albero.types.internal.Fixture.indicator;
import static it.albero.types.internal.Fixture.ms;
import static it.albero.types.internal.Fixture.yearly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Status;
import it.albero.api.model.Values;

class GradedDeadlineTypeTest {

    private final GradedDeadlineType type = new GradedDeadlineType();

    /** The seed's Segreteria Generale: "se entro APRILE 100%; se entro LUGLIO 90%". */
    private static Indicator aprilJuly() {
        return indicator("scadenza-graduata", yearly(), Values.of("fasce", List.of(
                Map.of("entro", "2025-04-30", "punteggio", 100),
                Map.of("entro", "2025-07-31", "punteggio", 90))));
    }

    @ParameterizedTest(name = "completed {0} -> {1}")
    @CsvSource(textBlock = """
            2025-04-15, 1.0
            2025-07-20, 0.9
            2025-10-10, 0.0
            """)
    void theSeedsSegreteriaScoresAprilJulyOctober(String completed, double score) {
        Evaluation e = eval(type, aprilJuly(), "2025-12-31", ms(completed + " data=" + completed));
        assertEquals(score, e.score(), 1e-9, e.explanation());
        assertEquals(score == 1.0 ? Status.RAGGIUNTO : score == 0.9 ? Status.PARZIALMENTE_RAGGIUNTO
                : Status.NON_RAGGIUNTO, e.status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            first band day itself      | 2025-12-31 | 2025-04-30 data=2025-04-30 | RAGGIUNTO | 1.0 | false
            first band day after       | 2025-12-31 | 2025-05-01 data=2025-05-01 | PARZIALMENTE_RAGGIUNTO | 0.9 | false
            last band day itself       | 2025-12-31 | 2025-07-31 data=2025-07-31 | PARZIALMENTE_RAGGIUNTO | 0.9 | false
            after the last band        | 2025-12-31 | 2025-08-01 data=2025-08-01 | NON_RAGGIUNTO | 0.0 | false
            not done, first band open  | 2025-03-01 |                            | NON_ANCORA_DOVUTO | | false
            not done, first band gone  | 2025-05-15 |                            | NON_ANCORA_DOVUTO | | true
            not done on the last day   | 2025-07-31 |                            | DATI_MANCANTI | | false
            not done, year end         | 2025-12-31 |                            | DATI_MANCANTI | | false
            """)
    void evaluates(String name, String asOf, String measurements, Status status, Double score, boolean risk) {
        assertTrue(type.validate(aprilJuly()).isEmpty(), type.validate(aprilJuly()).toString());
        expect(eval(type, aprilJuly(), asOf, ms(measurements)), status, score, risk);
    }

    @Test
    void bandsScoreAsThePlanSaysWhateverThePolicy() {
        Indicator leap = indicator("scadenza-graduata", yearly(), Values.of("fasce", List.of(
                Map.of("entro", "2028-02-29", "punteggio", 100),
                Map.of("entro", "2028-12-31", "punteggio", 60))));
        expect(eval(type, leap, "2028-12-31", ms("2028-02-29 data=2028-02-29")), Status.RAGGIUNTO, 1.0, false);
        expect(eval(type, leap, "2028-12-31", ms("2028-03-01 data=2028-03-01")), Status.PARZIALMENTE_RAGGIUNTO, 0.6,
                false);
        Evaluation e = eval(type, aprilJuly(), "2025-12-31", ms("2025-07-20 data=2025-07-20 atto=Verbale_n._3"));
        assertEquals("Verbale n. 3 adottato il 20/07/2025: entro il 31/07/2025, punteggio 90%.", e.explanation());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(List.of(), 1),
                Arguments.of(List.of(Map.of("entro", "2025-07-31", "punteggio", 90),
                        Map.of("entro", "2025-04-30", "punteggio", 80)), 1),
                Arguments.of(List.of(Map.of("entro", "2025-04-30", "punteggio", 90),
                        Map.of("entro", "2025-07-31", "punteggio", 100)), 1),
                Arguments.of(List.of(Map.of("entro", "2025-04-30", "punteggio", 120)), 1),
                Arguments.of(List.of(Map.of("entro", "aprile", "punteggio", 100)), 1),
                Arguments.of(List.of(Map.of("punteggio", 100)), 1),
                Arguments.of(List.of(Map.of("entro", "2025-04-30", "punteggio", 100)), 0));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void validates(List<Object> bands, int problems) {
        Indicator ind = indicator("scadenza-graduata", yearly(), Values.of("fasce", bands));
        assertEquals(problems, type.validate(ind).size(), type.validate(ind).toString());
    }
}
