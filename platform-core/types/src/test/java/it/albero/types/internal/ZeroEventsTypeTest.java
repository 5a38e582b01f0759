package it.albero.types.internal;

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

import it.albero.api.model.Indicator;
import it.albero.api.model.Status;

class ZeroEventsTypeTest {

    private final ZeroEventsType type = new ZeroEventsType();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            none, window over           | finestra=2025-12-15..2025-12-31 | 2026-01-10 |                                        | RAGGIUNTO | 1.0 | false
            zeros recorded, window over | finestra=2025-12-15..2025-12-31 | 2025-12-31 | 2025-12-20 valore=0; 2025-12-31 valore=0 | RAGGIUNTO | 1.0 | false
            one event                   | finestra=2025-12-15..2025-12-31 | 2026-01-10 | 2025-12-24 valore=1                    | NON_RAGGIUNTO | 0.0 | false
            an event is final at once   | finestra=2025-12-15..2025-12-31 | 2025-12-20 | 2025-12-18 valore=2                    | NON_RAGGIUNTO | 0.0 | false
            event on the first day      | finestra=2025-12-15..2025-12-31 | 2026-01-10 | 2025-12-15 valore=1                    | NON_RAGGIUNTO | 0.0 | false
            event on the last day       | finestra=2025-12-15..2025-12-31 | 2026-01-10 | 2025-12-31 valore=1                    | NON_RAGGIUNTO | 0.0 | false
            events outside ignored      | finestra=2025-12-15..2025-12-31 | 2026-01-10 | 2025-12-14 valore=3; 2026-01-01 valore=1 | RAGGIUNTO | 1.0 | false
            before the window           | finestra=2025-12-15..2025-12-31 | 2025-12-14 |                                        | NON_ANCORA_DOVUTO | | false
            during the window           | finestra=2025-12-15..2025-12-31 | 2025-12-20 | 2025-12-19 valore=0                    | IN_CORSO | 1.0 | false
            leap day window             | finestra=2024-02-29..2024-02-29 | 2024-03-01 | 2024-02-28 valore=1; 2024-03-01 valore=1 | RAGGIUNTO | 1.0 | false
            leap day event              | finestra=2028-02-01..2028-02-29 | 2028-03-01 | 2028-02-29 valore=1                    | NON_RAGGIUNTO | 0.0 | false
            negative is an error        | finestra=2025-12-15..2025-12-31 | 2026-01-10 | 2025-12-20 valore=-1                   | ERRORE | | false
            """)
    void evaluates(String name, String params, String asOf, String measurements, Status status, Double score,
                   boolean risk) {
        Indicator ind = indicator("zero-eventi", yearly(), values(params));
        assertTrue(type.validate(ind).isEmpty(), type.validate(ind).toString());
        expect(eval(type, ind, asOf, ms(measurements)), status, score, risk);
    }

    @Test
    void explainsTheEvents() {
        Indicator ind = indicator("zero-eventi", yearly(), values("finestra=2025-12-15..2025-12-31"));
        assertEquals("2 eventi nel periodo 15/12/2025-31/12/2025 (il primo rilevato il 24/12/2025) contro nessuno"
                + " atteso.", eval(type, ind, "2026-01-10", ms("2025-12-24 valore=2")).explanation());
        assertEquals("Nessun evento nel periodo 15/12/2025-31/12/2025.",
                eval(type, ind, "2026-01-10", ms("")).explanation());
    }

    @ParameterizedTest(name = "{0} -> {1} problems")
    @CsvSource(delimiter = '|', textBlock = """
            finestra=2025-12-15..2025-12-31 | 0
            finestra=2025-12-15..2026-01-06 | 1
            finestra=2025-12-31..2025-12-15 | 1
            soglia=3                        | 2
            """)
    void validates(String params, int problems) {
        assertEquals(problems, type.validate(indicator("zero-eventi", yearly(), values(params))).size());
    }
}
