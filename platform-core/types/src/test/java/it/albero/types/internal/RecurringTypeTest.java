package it.albero.types.internal;

import static it.albero.types.internal.Fixture.eval;
import static it.albero.types.internal.Fixture.expect;
import static it.albero.types.internal.Fixture.indicator;
import static it.albero.types.internal.Fixture.values;
import static it.albero.types.internal.Fixture.yearly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.model.Values;
import it.albero.api.spi.Window;

class RecurringTypeTest {

    private final RecurringType type = new RecurringType();

    /** One measurement every {@code step} days from {@code from} to {@code to}, skipping the dates listed. */
    private static List<Measurement> every(String from, String to, int step, String... skip) {
        List<Measurement> out = new ArrayList<>();
        List<String> skipped = List.of(skip);
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(step)) {
            if (!skipped.contains(d.toString())) {
                out.add(Measurement.of("X-01.1", d, Values.of("data", d), "t"));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}: {2} periods")
    @CsvSource(textBlock = """
            settimanale, 2025, 52, 2024-12-30, 2025-12-28
            settimanale, 2026, 53, 2025-12-29, 2027-01-03
            settimanale, 2024, 52, 2024-01-01, 2024-12-29
            settimanale, 2028, 52, 2028-01-03, 2028-12-31
            mensile,     2024, 12, 2024-01-01, 2024-12-31
            bimestrale,  2025,  6, 2025-01-01, 2025-12-31
            trimestrale, 2025,  4, 2025-01-01, 2025-12-31
            semestrale,  2025,  2, 2025-01-01, 2025-12-31
            annuale,     2025,  1, 2025-01-01, 2025-12-31
            """)
    void periodsOfTheYear(String frequency, int year, int count, String first, String last) {
        List<Window> periods = RecurringType.periods(frequency, RecurringType.range(frequency, Optional.empty(), year));
        assertEquals(count, periods.size());
        assertEquals(LocalDate.parse(first), periods.get(0).from());
        assertEquals(LocalDate.parse(last), periods.get(periods.size() - 1).to());
    }

    @Test
    void februaryOfALeapYearHas29Days() {
        List<Window> months = RecurringType.periods("mensile", Window.year(2024));
        assertEquals(new Window(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)), months.get(1));
        List<Window> cut = RecurringType.periods("settimanale",
                new Window(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 31)));
        assertEquals(new Window(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 5)), cut.get(0));
        assertEquals(new Window(LocalDate.of(2028, 3, 27), LocalDate.of(2028, 3, 31)), cut.get(cut.size() - 1));
        assertEquals(5, cut.size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            weekly all covered          | periodicita=settimanale | 2025-12-31 | 2024-12-30 | 2025-12-28 | 7 |  | RAGGIUNTO | 1.0 | false
            weekly two missed           | periodicita=settimanale | 2025-12-31 | 2024-12-30 | 2025-12-28 | 7 | 2025-03-17 | PARZIALMENTE_RAGGIUNTO | 0.9615 | false
            weekly half                 | periodicita=settimanale | 2025-12-31 | 2024-12-30 | 2025-12-28 | 14 |  | PARZIALMENTE_RAGGIUNTO | 0.5 | false
            weekly in progress          | periodicita=settimanale | 2025-06-30 | 2024-12-30 | 2025-06-30 | 7 |  | IN_CORSO | 1.0 | false
            weekly in progress behind   | periodicita=settimanale | 2025-06-30 | 2024-12-30 | 2025-06-30 | 14 |  | IN_CORSO | 0.5185 | true
            monthly all                 | periodicita=mensile | 2025-12-31 | 2025-01-15 | 2025-12-31 | 30 |  | RAGGIUNTO | 1.0 | false
            monthly nothing             | periodicita=mensile | 2025-12-31 | 2026-01-15 | 2026-01-15 | 30 |  | DATI_MANCANTI | | false
            monthly first month open    | periodicita=mensile | 2025-01-15 | 2026-01-15 | 2026-01-15 | 30 |  | IN_CORSO | | false
            semestrale one of two       | periodicita=semestrale | 2025-12-31 | 2025-03-01 | 2025-03-01 | 1 |  | PARZIALMENTE_RAGGIUNTO | 0.5 | false
            volte four of four          | volte=4 | 2025-12-31 | 2025-02-01 | 2025-11-01 | 90 |  | RAGGIUNTO | 1.0 | false
            volte same day once         | volte=4 | 2025-12-31 | 2025-02-01 | 2025-02-01 | 1 |  | NON_RAGGIUNTO | 0.25 | false
            volte on pace               | volte=4 | 2025-06-30 | 2025-02-01 | 2025-05-02 | 90 |  | IN_CORSO | 0.5 | false
            volte behind pace           | volte=4 | 2025-09-30 | 2025-02-01 | 2025-02-01 | 90 |  | IN_CORSO | 0.25 | true
            window May-September weekly | periodicita=settimanale finestra=2025-05-01..2025-09-30 | 2025-10-01 | 2025-05-01 | 2025-09-30 | 1 |  | RAGGIUNTO | 1.0 | false
            window cut week uncovered   | periodicita=settimanale finestra=2025-05-01..2025-09-30 | 2025-10-01 | 2025-05-01 | 2025-09-30 | 7 |  | PARZIALMENTE_RAGGIUNTO | 0.9565 | false
            before the window           | periodicita=mensile finestra=2025-05-01..2025-09-30 | 2025-04-01 | 2026-01-15 | 2026-01-15 | 30 |  | NON_ANCORA_DOVUTO | | false
            leap window monthly         | periodicita=mensile finestra=2024-02-29..2024-03-31 | 2024-04-01 | 2024-02-29 | 2024-03-01 | 1 |  | RAGGIUNTO | 1.0 | false
            leap window monthly missed  | periodicita=mensile finestra=2024-02-29..2024-03-31 | 2024-04-01 | 2024-02-28 | 2024-03-01 | 2 |  | PARZIALMENTE_RAGGIUNTO | 0.5 | false
            """)
    void evaluates(String name, String params, String asOf, String from, String to, int step, String skip,
                   Status status, Double score, boolean risk) {
        Indicator ind = indicator("ricorrente", yearly(), values(params));
        assertTrue(type.validate(ind).isEmpty(), type.validate(ind).toString());
        List<Measurement> ms = skip == null ? every(from, to, step) : every(from, to, step, skip, "2025-06-30");
        expect(eval(type, ind, asOf, ms), status, score, risk);
    }

    @Test
    void theWeeksOf2026Are53AndTheTextNamesTheGaps() {
        Indicator ind = indicator("ricorrente", yearly(), values("periodicita=settimanale"));
        Evaluation e = eval(type, ind, "2025-12-31", every("2024-12-30", "2025-12-28", 7, "2025-03-17", "2025-06-30"));
        assertEquals("Coperte 50 settimane su 52 nell'anno; scoperte: settimana 12, settimana 27.", e.explanation());
        Evaluation m = eval(type, indicator("ricorrente", yearly(), values("periodicita=mensile")), "2025-04-15",
                every("2025-01-10", "2025-01-10", 1));
        assertEquals("Coperti 1 mese su 3 trascorsi (12 nell'anno); scoperti: febbraio, marzo.", m.explanation());
    }

    @Test
    void theTimingsRecurrenceIsTheDefault() {
        Indicator ind = indicator("ricorrente", new Timing.Recurring("4 volte l'anno", Timing.Frequency.VOLTE_L_ANNO, 4,
                2025), Values.empty());
        assertTrue(type.validate(ind).isEmpty());
        expect(eval(type, ind, "2025-12-31", every("2025-01-10", "2025-12-31", 100)), Status.RAGGIUNTO, 1.0, false);
        Indicator monthly = indicator("ricorrente", new Timing.Recurring("mensile", Timing.Frequency.MENSILE, 0, 2025),
                Values.empty());
        expect(eval(type, monthly, "2025-12-31", every("2025-01-10", "2025-06-30", 30)),
                Status.PARZIALMENTE_RAGGIUNTO, 0.5, false);
    }

    @ParameterizedTest(name = "{0} -> {1} problems")
    @CsvSource(delimiter = '|', textBlock = """
            periodicita=mensile                                     | 0
            volte=4                                                 | 0
            periodicita=mensile volte=4                             | 1
            periodicita=quindicinale                                | 1
            volte=0                                                 | 1
            volte=2.5                                               | 1
            periodicita=mensile finestra=2025-05-01..2025-09-30     | 0
            periodicita=mensile finestra=2025-11-01..2026-02-28     | 1
            finestra=2025-05-01..2025-09-30                         | 1
            """)
    void validates(String params, int problems) {
        assertEquals(problems, type.validate(indicator("ricorrente", yearly(), values(params))).size(),
                () -> type.validate(indicator("ricorrente", yearly(), values(params))).toString());
    }
}
