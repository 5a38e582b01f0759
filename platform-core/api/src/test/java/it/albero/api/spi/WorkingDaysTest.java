package it.albero.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "Pasqua {0}: {1}")
    @CsvSource({"2000,2000-04-23", "2008,2008-03-23", "2011,2011-04-24", "2019,2019-04-21", "2024,2024-03-31",
            "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2038,2038-04-25"})
    void computesEaster(int year, LocalDate easter) {
        assertEquals(easter, WorkingDays.easter(year));
    }

    @ParameterizedTest(name = "{0} lavorativo: {1} ({2})")
    @CsvSource({
            "2025-03-10,true,lunedì",
            "2025-03-08,false,sabato",
            "2025-03-09,false,domenica",
            "2025-01-01,false,Capodanno",
            "2026-01-06,false,Epifania",
            "2025-04-20,false,Pasqua",
            "2025-04-21,false,Lunedì dell'Angelo 2025",
            "2026-04-06,false,Lunedì dell'Angelo 2026",
            "2025-04-22,true,martedì dopo Pasqua",
            "2025-04-25,false,Liberazione",
            "2025-05-01,false,Festa del lavoro",
            "2025-06-02,false,Festa della Repubblica",
            "2025-08-15,false,Ferragosto",
            "2025-11-03,true,lunedì dopo Ognissanti",
            "2027-11-01,false,Ognissanti",
            "2025-12-08,false,Immacolata",
            "2025-12-24,true,vigilia",
            "2025-12-25,false,Natale",
            "2025-12-26,false,Santo Stefano",
            "2025-12-31,true,San Silvestro"})
    void tellsWorkingDays(LocalDate day, boolean working, String what) {
        assertEquals(working, WorkingDays.isWorkingDay(day), what);
    }

    @ParameterizedTest(name = "{0} + {1} giorni lavorativi = {2}")
    @CsvSource({
            "2025-03-07,0,2025-03-07",
            "2025-03-03,10,2025-03-17",
            "2025-12-19,5,2025-12-30",
            "2025-04-17,3,2025-04-23",
            "2025-04-24,1,2025-04-28",
            "2025-07-31,30,2025-09-12",
            "2025-12-31,1,2026-01-02"})
    void addsWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertEquals(expected, WorkingDays.plus(start, days));
        assertEquals(days, WorkingDays.between(start, expected));
    }

    @ParameterizedTest(name = "tra {0} e {1}: {2}")
    @CsvSource({"2025-12-30,2025-12-19,0", "2025-12-19,2025-12-19,0", "2025-12-19,2025-12-28,3",
            "2025-01-01,2025-12-31,251"})
    void countsWorkingDaysBetween(LocalDate from, LocalDate to, int expected) {
        assertEquals(expected, WorkingDays.between(from, to));
    }

    @ParameterizedTest
    @CsvSource("-1")
    void refusesNegativeDays(int days) {
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.plus(LocalDate.of(2025, 1, 1), days));
    }
}
