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

import it.albero.api.model.Indicator;
import it.albero.api.model.Status;

class ChangeTypeTest {

    private final ChangeType type = new ChangeType();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            +50% met                   | variazione=50 base=1000 | 2025-12-31 | 2025-12-20 valore=1500 | RAGGIUNTO | 1.0 | false
            +50% exceeded              | variazione=50 base=1000 | 2025-12-31 | 2025-12-20 valore=1800 | RAGGIUNTO | 1.0 | false
            +50% partly                | variazione=50 base=1000 | 2025-12-31 | 2025-12-20 valore=1300 | PARZIALMENTE_RAGGIUNTO | 0.6 | false
            +50% wrong way             | variazione=50 base=1000 | 2025-12-31 | 2025-12-20 valore=900  | NON_RAGGIUNTO | 0.0 | false
            -5% met                    | variazione=-5 base=100  | 2025-12-31 | 2025-12-20 valore=95   | RAGGIUNTO | 1.0 | false
            -5% partly                 | variazione=-5 base=100  | 2025-12-31 | 2025-12-20 valore=97   | PARZIALMENTE_RAGGIUNTO | 0.6 | false
            -5% wrong way              | variazione=-5 base=100  | 2025-12-31 | 2025-12-20 valore=105  | NON_RAGGIUNTO | 0.0 | false
            base from a measurement    | variazione=10           | 2025-12-31 | 2025-01-10 valore=0 base=200; 2025-12-20 valore=220 | RAGGIUNTO | 1.0 | false
            no base at all             | variazione=10           | 2025-12-31 | 2025-12-20 valore=220  | DATI_MANCANTI | | false
            base zero is an error      | variazione=10           | 2025-12-31 | 2025-12-20 valore=5 base=0 | ERRORE | | false
            no data before deadline    | variazione=10 base=100  | 2025-06-30 |                        | NON_ANCORA_DOVUTO | | false
            no data after deadline     | variazione=10 base=100  | 2026-01-31 |                        | DATI_MANCANTI | | false
            met early stays open       | variazione=10 base=100  | 2025-06-30 | 2025-06-30 valore=120  | IN_CORSO | 1.0 | false
            wrong way early at risk    | variazione=10 base=100  | 2025-06-30 | 2025-06-30 valore=95   | IN_CORSO | 0.0 | true
            deadline day is final      | variazione=10 base=100  | 2025-12-31 | 2025-12-31 valore=105  | PARZIALMENTE_RAGGIUNTO | 0.5 | false
            """)
    void evaluates(String name, String params, String asOf, String measurements, Status status, Double score,
                   boolean risk) {
        Indicator ind = indicator("variazione", byDate("2025-12-31"), values(params));
        assertTrue(type.validate(ind).isEmpty(), type.validate(ind).toString());
        expect(eval(type, ind, asOf, ms(measurements)), status, score, risk);
    }

    @Test
    void explainsTheChange() {
        Indicator ind = indicator("variazione", byDate("2025-12-31"), values("variazione=50 base=1000"));
        assertEquals("Valore 1.300 contro una base di 1.000: +30% contro una variazione attesa del +50% (rilevazione"
                + " del 20/12/2025).", eval(type, ind, "2025-12-31", ms("2025-12-20 valore=1300")).explanation());
        Indicator cut = indicator("variazione", byDate("2025-12-31"), values("variazione=-5 base=200000"));
        assertEquals("Valore 194.000 contro una base di 200.000: -3% contro una variazione attesa del -5% (rilevazione"
                + " del 20/12/2025).", eval(type, cut, "2025-12-31", ms("2025-12-20 valore=194000")).explanation());
    }

    @ParameterizedTest(name = "{0} -> {1} problems")
    @CsvSource(delimiter = '|', textBlock = """
            variazione=50          | 0
            variazione=-5 base=10  | 0
            variazione=0           | 1
            variazione=5 base=0    | 1
            base=10                | 1
            """)
    void validates(String params, int problems) {
        assertEquals(problems, type.validate(indicator("variazione", byDate("2025-12-31"), values(params))).size());
    }
}
