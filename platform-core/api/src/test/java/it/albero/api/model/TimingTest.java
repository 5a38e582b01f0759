package it.albero.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A relative deadline counts working days when its text says "giorni lavorativi", calendar days otherwise. */
class TimingTest {

    @ParameterizedTest(name = "''{0}'' dal {2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "entro 30 giorni dall'istruttoria tecnica definitiva|30|2025-07-31|2025-08-30|false",
            "entro 10 giorni lavorativi dalla richiesta|10|2025-03-03|2025-03-17|true",
            "Entro 5 GIORNI LAVORATIVI dalla segnalazione|5|2025-12-19|2025-12-30|true",
            "entro 3 gg. lavorativi dalla domanda|3|2025-04-17|2025-04-23|true",
            "entro 1 giorno lavorativo dalla domanda|1|2025-04-24|2025-04-28|true",
            "entro 3 giorni dalla domanda|3|2025-04-17|2025-04-20|false"})
    void resolvesTheDeadline(String text, int days, LocalDate trigger, LocalDate due, boolean working) {
        Timing.Relative r = new Timing.Relative(text, days, "evento");
        assertEquals(working, r.workingDays());
        assertEquals(due, r.deadlineFrom(trigger));
    }

    @ParameterizedTest(name = "esplicito: lavorativi={0}")
    @CsvSource({"true,2025-12-30", "false,2025-12-24"})
    void takesAnExplicitChoice(boolean working, LocalDate due) {
        Timing.Relative r = new Timing.Relative("", 5, "evento", working);
        assertEquals(due, r.deadlineFrom(LocalDate.of(2025, 12, 19)));
    }
}
