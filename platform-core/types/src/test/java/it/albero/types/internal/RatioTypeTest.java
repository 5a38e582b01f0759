package it.albero.types.internal;

import static it.albero.types.internal.Fixture.byDate;
import static it.albero.types.internal.Fixture.eval;
import static it.albero.types.internal.Fixture.expect;
import static it.albero.types.internal.Fixture.indicator;
import static it.albero.types.internal.Fixture.ms;
import static it.albero.types.internal.Fixture.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Status;

class RatioTypeTest {

    private final RatioType type = new RatioType();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            on target                  | target=100          | 2025-12-31 | 2025-12-20 numeratore=15 denominatore=15 | RAGGIUNTO              | 1.0    | false
            partly                     | target=100          | 2025-12-31 | 2025-12-20 numeratore=12 denominatore=15 | PARZIALMENTE_RAGGIUNTO | 0.8    | false
            missed                     | target=100          | 2025-12-31 | 2025-12-20 numeratore=3 denominatore=15  | NON_RAGGIUNTO          | 0.2    | false
            lower target met           | target=80           | 2025-12-31 | 2025-12-20 numeratore=12 denominatore=15 | RAGGIUNTO              | 1.0    | false
            the latest counts          |                     | 2025-12-31 | 2025-06-30 numeratore=5 denominatore=15; 2025-12-20 numeratore=15 denominatore=15 | RAGGIUNTO | 1.0 | false
            no data before deadline    |                     | 2025-06-30 |                                          | NON_ANCORA_DOVUTO      |        | false
            no data after deadline     |                     | 2026-01-10 |                                          | DATI_MANCANTI          |        | false
            before deadline behind     |                     | 2025-10-01 | 2025-09-30 numeratore=2 denominatore=15  | IN_CORSO               | 0.1333 | true
            before deadline on pace    |                     | 2025-07-01 | 2025-06-30 numeratore=8 denominatore=15  | IN_CORSO               | 0.5333 | false
            met before the deadline    |                     | 2025-07-01 | 2025-06-30 numeratore=15 denominatore=15 | RAGGIUNTO              | 1.0    | false
            deadline day itself final  |                     | 2025-12-31 | 2025-12-31 numeratore=14 denominatore=15 | PARZIALMENTE_RAGGIUNTO | 0.9333 | false
            after the deadline         |                     | 2026-02-01 | 2025-12-31 numeratore=14 denominatore=15 | PARZIALMENTE_RAGGIUNTO | 0.9333 | false
            future measurement unseen  |                     | 2025-12-31 | 2026-01-15 numeratore=15 denominatore=15 | DATI_MANCANTI          |        | false
            zero over zero             |                     | 2025-12-31 | 2025-12-20 numeratore=0 denominatore=0   | RAGGIUNTO              | 1.0    | false
            n over zero is an error    |                     | 2025-12-31 | 2025-12-20 numeratore=5 denominatore=0   | ERRORE                 |        | false
            negative is an error       |                     | 2025-12-31 | 2025-12-20 numeratore=-1 denominatore=4  | ERRORE                 |        | false
            at most met                | target=5 confronto=<= | 2025-12-31 | 2025-12-20 numeratore=1 denominatore=50 | RAGGIUNTO            | 1.0    | false
            at most exceeded           | target=5 confronto=<= | 2025-12-31 | 2025-12-20 numeratore=5 denominatore=50 | PARZIALMENTE_RAGGIUNTO | 0.5  | false
            at most stays open         | target=5 confronto=<= | 2025-06-30 | 2025-06-20 numeratore=1 denominatore=50 | IN_CORSO             | 1.0    | false
            more than, equal is short  | target=80 confronto=> | 2025-12-31 | 2025-12-20 numeratore=8 denominatore=10 | PARZIALMENTE_RAGGIUNTO | 0.99 | false
            exactly                    | target=50 confronto== | 2025-12-31 | 2025-12-20 numeratore=5 denominatore=10 | RAGGIUNTO            | 1.0    | false
            """)
    void evaluates(String name, String params, String asOf, String measurements, Status status, Double score,
                   boolean risk) {
        Indicator ind = indicator("rapporto", byDate("2025-12-31"), values(params));
        assertTrue(type.validate(ind).isEmpty(), type.validate(ind).toString());
        expect(eval(type, ind, asOf, ms(measurements)), status, score, risk);
    }

    @Test
    void explainsTheRatioAgainstTheTarget() {
        Evaluation e = eval(type, indicator("rapporto", byDate("2025-12-31"), values("target=100")), "2025-12-31",
                ms("2025-12-20 numeratore=12 denominatore=15"));
        assertEquals("12 su 15: 80% contro un target del 100% (rilevazione del 20/12/2025).", e.explanation());
        Evaluation zero = eval(type, indicator("rapporto", byDate("2025-12-31"), values("")), "2025-12-31",
                ms("2025-12-20 numeratore=3 denominatore=0"));
        assertTrue(zero.explanation().contains("Denominatore zero"), zero.explanation());
    }

    @ParameterizedTest(name = "{0} -> {1} problems")
    @CsvSource(delimiter = '|', textBlock = """
            target=100                | 0
            target=0                  | 1
            target=0 confronto=<=     | 0
            target=150                | 1
            confronto=!=              | 1
            colore=blu                | 1
            target=abc                | 1
            """)
    void validates(String params, int problems) {
        assertEquals(problems, type.validate(indicator("rapporto", byDate("2025-12-31"), values(params))).size());
    }
}
