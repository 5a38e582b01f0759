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
import it.albero.api.model.Timing;
import it.albero.api.model.Values;

class RelativeDeadlineTypeTest {

    private final RelativeDeadlineType type = new RelativeDeadlineType();

    private static final String THIRTY = "giorni=30 evento=istruttoria_tecnica_definitiva";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            on time                      | 2025-12-31 | 2025-03-10 data_evento=2025-03-10; 2025-04-02 data_evento=2025-03-10 data=2025-04-02 | RAGGIUNTO | 1.0 | false
            on the last day              | 2025-12-31 | 2025-04-09 data_evento=2025-03-10 data=2025-04-09 | RAGGIUNTO | 1.0 | false
            one day late                 | 2025-12-31 | 2025-04-10 data_evento=2025-03-10 data=2025-04-10 | NON_RAGGIUNTO | 0.0 | false
            trigger not yet happened     | 2025-12-31 |                                                 | NON_ANCORA_DOVUTO | | false
            trigger in the future        | 2025-03-01 | 2025-03-01 data_evento=2025-03-10               | NON_ANCORA_DOVUTO | | false
            running                      | 2025-03-20 | 2025-03-10 data_evento=2025-03-10               | IN_CORSO | | false
            running, last days           | 2025-04-07 | 2025-03-10 data_evento=2025-03-10               | IN_CORSO | | true
            not done by the limit        | 2025-04-09 | 2025-03-10 data_evento=2025-03-10               | NON_RAGGIUNTO | 0.0 | false
            two cases, one late          | 2025-12-31 | 2025-04-01 data_evento=2025-03-10 data=2025-04-01; 2025-08-20 data_evento=2025-07-01 data=2025-08-20 | PARZIALMENTE_RAGGIUNTO | 0.5 | false
            one closed, one running      | 2025-07-10 | 2025-04-01 data_evento=2025-03-10 data=2025-04-01; 2025-07-01 data_evento=2025-07-01 | IN_CORSO | 1.0 | false
            leap year: 30 days from 2024-01-30 is 2024-02-29 | 2024-12-31 | 2024-02-29 data_evento=2024-01-30 data=2024-02-29 | RAGGIUNTO | 1.0 | false
            leap year: 2024-03-01 is late | 2024-12-31 | 2024-03-01 data_evento=2024-01-30 data=2024-03-01 | NON_RAGGIUNTO | 0.0 | false
            """)
    void evaluates(String name, String asOf, String measurements, Status status, Double score, boolean risk) {
        Indicator ind = indicator("scadenza-relativa", yearly(), values(THIRTY));
        assertTrue(type.validate(ind).isEmpty(), type.validate(ind).toString());
        expect(eval(type, ind, asOf, ms(measurements)), status, score, risk);
    }

    @Test
    void explainsTheCase() {
        Indicator ind = indicator("scadenza-relativa", yearly(), values(THIRTY));
        assertEquals("Istruttoria tecnica definitiva del 10/03/2025: completato il 02/04/2025, entro 30 giorni"
                + " (scadenza 09/04/2025).", eval(type, ind, "2025-12-31",
                ms("2025-04-02 data_evento=2025-03-10 data=2025-04-02")).explanation());
        assertEquals("L'evento (istruttoria tecnica definitiva) non si è ancora verificato.",
                eval(type, ind, "2025-12-31", ms("")).explanation());
    }

    @Test
    void theRelativeTimingGivesTheDays() {
        Indicator ind = indicator("scadenza-relativa",
                new Timing.Relative("entro 30 giorni dall'istruttoria", 30, "istruttoria"), Values.empty());
        assertTrue(type.validate(ind).isEmpty());
        expect(eval(type, ind, "2025-12-31", ms("2025-04-09 data_evento=2025-03-10 data=2025-04-09")),
                Status.RAGGIUNTO, 1.0, false);
        assertEquals(1, type.validate(indicator("scadenza-relativa", yearly(), Values.empty())).size());
        assertEquals(1, type.validate(indicator("scadenza-relativa", yearly(), values("giorni=-3"))).size());
        assertEquals(1, type.validate(indicator("scadenza-relativa", yearly(), values("giorni=2.5"))).size());
    }

    /**
     * "Giorni lavorativi" exclude weekends and national holidays: 10 working days from Friday 19/12/2025 end on
     * Thursday 08/01/2026 (Christmas, Santo Stefano, Capodanno and the Epifania skipped), not on 29/12/2025.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Tempi lavorativi, on the 10th working day   | entro 10 giorni lavorativi dalla richiesta |                                | 2026-01-08 data_evento=2025-12-19 data=2026-01-08 | RAGGIUNTO     | 1.0 | entro 10 giorni lavorativi (scadenza 08/01/2026)
            Tempi lavorativi, one working day late      | entro 10 giorni lavorativi dalla richiesta |                                | 2026-01-09 data_evento=2025-12-19 data=2026-01-09 | NON_RAGGIUNTO | 0.0 | (1 giorno lavorativo di ritardo)
            parameter says working days                 | annuale                                    | giorni=10 giorni_lavorativi=si | 2026-01-08 data_evento=2025-12-19 data=2026-01-08 | RAGGIUNTO     | 1.0 | scadenza 08/01/2026
            parameter overrides the Tempi: calendar     | entro 10 giorni lavorativi dalla richiesta | giorni_lavorativi=no           | 2026-01-08 data_evento=2025-12-19 data=2026-01-08 | NON_RAGGIUNTO | 0.0 | oltre la scadenza del 29/12/2025 (10 giorni di ritardo)
            Easter Monday skipped                       | entro 3 giorni lavorativi dalla domanda    |                                | 2025-04-23 data_evento=2025-04-17 data=2025-04-23 | RAGGIUNTO     | 1.0 | scadenza 23/04/2025
            25 April and the weekend skipped            | entro 1 giorno lavorativo dalla domanda    | giorni=1 giorni_lavorativi=si  | 2025-04-28 data_evento=2025-04-24 data=2025-04-28 | RAGGIUNTO     | 1.0 | scadenza 28/04/2025
            running, deadline in working days           | entro 10 giorni lavorativi dalla richiesta |                                | 2025-12-19 data_evento=2025-12-19                 | IN_CORSO      |     | da completare entro il 08/01/2026 (10 giorni lavorativi)
            """)
    void countsWorkingDays(String name, String tempi, String params, String measurements, Status status, Double score,
                           String words) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("entro (\\d+) giorn").matcher(tempi);
        Timing timing = m.find() ? new Timing.Relative(tempi, Integer.parseInt(m.group(1)), "richiesta") : yearly();
        Indicator ind = indicator("scadenza-relativa", timing, values(params));
        assertTrue(type.validate(ind).isEmpty(), type.validate(ind).toString());
        var e = eval(type, ind, status == Status.IN_CORSO ? "2025-12-22" : "2026-03-31", ms(measurements));
        expect(e, status, score, false);
        assertTrue(e.explanation().contains(words), e.explanation());
    }
}
