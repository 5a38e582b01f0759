package it.albero.types.internal;

import static it.albero.types.internal.Fixture.byDate;
import static it.albero.types.internal.Fixture.eval;
import static it.albero.types.internal.Fixture.expect;
import static it.albero.types.internal.Fixture.indicator;
import static it.albero.types.internal.Fixture.ms;
import static it.albero.types.internal.Fixture.values;
import static it.albero.types.internal.Fixture.yearly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Status;

class CountTypeTest {

    private final CountType type = new CountType();

    private static final String SUMMER = "soglia=10 finestra=2025-05-01..2025-09-30";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            on target in the window        | soglia=10 finestra=2025-05-01..2025-09-30 | 2025-10-15 | 2025-06-30 valore=6; 2025-08-31 valore=4 | RAGGIUNTO | 1.0 | false
            partly                         | soglia=10 finestra=2025-05-01..2025-09-30 | 2025-10-15 | 2025-06-30 valore=3; 2025-08-31 valore=3 | PARZIALMENTE_RAGGIUNTO | 0.6 | false
            missed                         | soglia=10 finestra=2025-05-01..2025-09-30 | 2025-10-15 | 2025-06-30 valore=3 | NON_RAGGIUNTO | 0.3 | false
            outside the window not counted | soglia=10 finestra=2025-05-01..2025-09-30 | 2025-10-15 | 2025-04-30 valore=9; 2025-10-01 valore=9; 2025-05-01 valore=1; 2025-09-30 valore=2 | NON_RAGGIUNTO | 0.3 | false
            window ends on the day itself  | soglia=10 finestra=2025-05-01..2025-09-30 | 2025-09-30 | 2025-09-30 valore=10 | RAGGIUNTO | 1.0 | false
            before the window              | soglia=10 finestra=2025-05-01..2025-09-30 | 2025-04-15 |                     | NON_ANCORA_DOVUTO | | false
            empty window open              | soglia=10 finestra=2025-05-01..2025-09-30 | 2025-06-15 |                     | NON_ANCORA_DOVUTO | | false
            empty window over              | soglia=10 finestra=2025-05-01..2025-09-30 | 2025-10-15 |                     | DATI_MANCANTI | | false
            in the window behind pace      | soglia=10 finestra=2025-05-01..2025-09-30 | 2025-08-01 | 2025-07-31 valore=2 | IN_CORSO | 0.2 | true
            in the window on pace          | soglia=10 finestra=2025-05-01..2025-09-30 | 2025-07-01 | 2025-06-30 valore=5 | IN_CORSO | 0.5 | false
            met early is final             | soglia=10 finestra=2025-05-01..2025-09-30 | 2025-07-01 | 2025-06-30 valore=12 | RAGGIUNTO | 1.0 | false
            the reference year             | soglia=4  | 2025-12-31 | 2024-12-31 valore=5; 2025-03-01 valore=1; 2025-11-01 valore=2 | PARZIALMENTE_RAGGIUNTO | 0.75 | false
            leap day in the window         | soglia=2 finestra=2024-02-29..2024-03-31 | 2024-04-01 | 2024-02-28 valore=1; 2024-02-29 valore=1; 2024-03-31 valore=1 | RAGGIUNTO | 1.0 | false
            leap day 2028                  | soglia=1 finestra=2028-02-29..2028-02-29 | 2028-03-01 | 2028-02-29 valore=1 | RAGGIUNTO | 1.0 | false
            more than equal not enough     | soglia=10 confronto=> finestra=2025-05-01..2025-09-30 | 2025-10-15 | 2025-06-30 valore=10 | PARZIALMENTE_RAGGIUNTO | 0.99 | false
            exactly                        | soglia=4 confronto== | 2025-12-31 | 2025-06-30 valore=4 | RAGGIUNTO | 1.0 | false
            exactly exceeded is final      | soglia=4 confronto== | 2025-06-30 | 2025-06-30 valore=5 | PARZIALMENTE_RAGGIUNTO | 0.75 | false
            at most within                 | soglia=2 confronto=<= | 2025-12-31 | 2025-06-30 valore=1; 2025-09-30 valore=1 | RAGGIUNTO | 1.0 | false
            at most within is open         | soglia=2 confronto=<= | 2025-03-31 | 2025-03-30 valore=0 | IN_CORSO | 1.0 | false
            at most exceeded is final      | soglia=2 confronto=<= | 2025-07-01 | 2025-06-30 valore=4 | PARZIALMENTE_RAGGIUNTO | 0.5 | false
            at most at risk by pace        | soglia=2 confronto=<= | 2025-03-31 | 2025-03-30 valore=2 | IN_CORSO | 1.0 | true
            latest level                   | soglia=1000 aggregazione=ultimo | 2025-12-31 | 2025-06-30 valore=1200; 2025-11-30 valore=900 | PARZIALMENTE_RAGGIUNTO | 0.9 | false
            latest level open until due    | soglia=1000 aggregazione=ultimo | 2025-07-01 | 2025-06-30 valore=1200 | IN_CORSO | 1.0 | false
            """)
    void evaluates(String name, String params, String asOf, String measurements, Status status, Double score,
                   boolean risk) {
        Indicator ind = indicator("conteggio", yearly(), values(params));
        assertTrue(type.validate(ind).isEmpty(), type.validate(ind).toString());
        expect(eval(type, ind, asOf, ms(measurements)), status, score, risk);
    }

    @Test
    void explainsTheCountInTheWindow() {
        Evaluation e = eval(type, indicator("conteggio", yearly(), values(SUMMER)), "2025-10-15",
                ms("2025-06-30 valore=1; 2025-07-31 valore=2"));
        assertEquals("3 nel periodo 01/05/2025-30/09/2025 contro almeno 10 (2 rilevazioni).", e.explanation());
        Evaluation open = eval(type, indicator("conteggio", yearly(), values("soglia=4")), "2025-06-30",
                ms("2025-03-01 valore=1"));
        assertEquals("1 dal 01/01/2025 al 30/06/2025 (periodo fino al 31/12/2025) contro almeno 4 (1 rilevazione).",
                open.explanation());
    }

    @ParameterizedTest(name = "{0} -> {1} problems")
    @CsvSource(delimiter = '|', textBlock = """
            soglia=10                                   | 0
            soglia=0                                    | 1
            soglia=0 confronto=<=                       | 0
            soglia=-1 confronto=<=                      | 1
            soglia=10 confronto=<>                      | 1
            soglia=10 aggregazione=media                | 1
            soglia=10 finestra=2025-05-01..2025-09-30   | 0
            soglia=10 finestra=2025-12-15..2026-01-15   | 1
            soglia=10 finestra=2025-09-30..2025-05-01   | 1
            confronto=>=                                | 1
            """)
    void validates(String params, int problems) {
        assertEquals(problems, type.validate(indicator("conteggio", yearly(), values(params))).size(),
                () -> type.validate(indicator("conteggio", yearly(), values(params))).toString());
    }
}
