package it.albero.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItalianDatesTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "31/12/2025|2025-12-31",
            "1/5/2025|2025-05-01",
            "01/05/2025|2025-05-01",
            "29/02/2024|2024-02-29",
            "2025-12-31|2025-12-31",
            "2025-01-06|2025-01-06",
            "'  31/12/2025 '|2025-12-31"})
    void reads(String text, String iso) {
        assertEquals(LocalDate.parse(iso), ItalianDates.parse(text));
        assertTrue(ItalianDates.isDate(text));
    }

    @ParameterizedTest(name = "''{0}'' does not exist")
    @CsvSource(delimiter = '|', value = {"31/02/2025", "29/02/2025", "32/01/2025", "2025-13-01", "00/01/2025"})
    void refusesDaysThatDoNotExist(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ItalianDates.parse(text));
        assertTrue(e.getMessage().contains("non è una data esistente"), e.getMessage());
        assertFalse(ItalianDates.isDate(text));
    }

    @ParameterizedTest(name = "''{0}'' is not a date")
    @CsvSource(delimiter = '|', value = {"31.12.2025", "31-12-2025", "12/31/25", "31/12/25", "2025-1-5", "2025/12/31",
            "31 dicembre 2025", "2025-12-31T00:00", "domani"})
    void refusesOtherForms(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ItalianDates.parse(text));
        assertTrue(e.getMessage().contains("usare gg/mm/aaaa o aaaa-mm-gg"), e.getMessage());
        assertFalse(ItalianDates.isDate(text));
    }

    @ParameterizedTest(name = "''{0}'' is missing")
    @CsvSource(delimiter = '|', value = {"''", "'  '"})
    void refusesBlank(String text) {
        assertEquals("data mancante", assertThrows(IllegalArgumentException.class,
                () -> ItalianDates.parse(text)).getMessage());
    }
}
