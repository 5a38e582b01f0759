package it.albero.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Measurement;
import it.albero.api.model.Values;

class TermTest {

    private static Measurement m(String date, Object... values) {
        return Measurement.of("REL-01.1", LocalDate.parse(date), Values.of(values), "test");
    }

    @Test
    void thirtyCalendarDaysFromTheReceipt() {
        Term t = new Term("Prot. 1", LocalDate.of(2025, 3, 10), Optional.of(LocalDate.of(2025, 4, 9)), 30, false);
        assertEquals(LocalDate.of(2025, 4, 9), t.due());
        assertTrue(t.inTime());
        assertEquals(30, t.elapsed(LocalDate.of(2025, 12, 31)));
        Term open = new Term("Prot. 2", LocalDate.of(2025, 3, 10), Optional.empty(), 30, false);
        assertFalse(open.isDue(LocalDate.of(2025, 4, 9)));
        assertTrue(open.isDue(LocalDate.of(2025, 4, 10)));
        assertFalse(open.inTime());
    }

    @Test
    void workingDaysSkipEasterMondayAndTheTwentyFifthOfApril() {
        // 10 working days from Thursday 17/04/2025: 18, 22, 23, 24, 28, 29, 30/04, 2, 5, 6/05 (21/04 Easter Monday,
        // 25/04 and 1/05 holidays, weekends out)
        Term t = new Term("SCIA 5", LocalDate.of(2025, 4, 17), Optional.of(LocalDate.of(2025, 5, 7)), 10, true);
        assertEquals(LocalDate.of(2025, 5, 6), t.due());
        assertFalse(t.inTime());
        assertEquals(11, t.elapsed(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void oneCasePerNameStartingFromItsFirstRecord() {
        List<Term> terms = Term.of(List.of(m("2025-03-10", "richiesta", "Prot. 5"), m("2025-03-12", "richiesta", "Prot. 6"),
                m("2025-04-21", "richiesta", "Prot. 5", "risposta", "2025-04-21")), "richiesta", "risposta", 30, false);
        assertEquals(2, terms.size());
        assertEquals(new Term("Prot. 5", LocalDate.of(2025, 3, 10), Optional.of(LocalDate.of(2025, 4, 21)), 30, false), terms.get(0));
        assertEquals(42, terms.get(0).elapsed(LocalDate.of(2025, 12, 31)));
        assertTrue(new Term("x", LocalDate.of(2025, 3, 10), Optional.of(LocalDate.of(2025, 3, 9)), 30, false).endsBeforeStart());
    }
}
