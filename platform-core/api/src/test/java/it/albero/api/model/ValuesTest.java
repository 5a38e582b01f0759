package it.albero.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The typed getters read texts written the Italian way, with the one parser of {@code it.albero.api.text}. */
class ValuesTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {"1.234,5|1234.5", "48.000|48000", "0,8|0.8", "12|12", "' 70 '|70"})
    void readsItalianNumberTexts(String text, String expected) {
        Values v = Values.of("valore", text);
        assertEquals(new BigDecimal(expected), v.requireNumber("valore"));
    }

    @Test
    void refusesAmbiguousNumberNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Values.of("valore", "48.5").number("valore"));
        assertTrue(e.getMessage().startsWith("'valore' deve essere un numero"), e.getMessage());
        assertTrue(e.getMessage().contains("usare la virgola"), e.getMessage());
    }

    @Test
    void keepsRealNumbersAsTheyAre() {
        assertEquals(new BigDecimal("48.5"), Values.of("valore", new BigDecimal("48.5")).requireNumber("valore"));
        assertEquals(new BigDecimal("0.8"), Values.of("valore", 0.8).requireNumber("valore"));
        assertEquals(BigDecimal.valueOf(48000), Values.of("valore", 48000).requireNumber("valore"));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {"31/12/2025|2025-12-31", "2025-12-31|2025-12-31", "1/5/2025|2025-05-01"})
    void readsDateTexts(String text, String iso) {
        assertEquals(LocalDate.parse(iso), Values.of("data", text).requireDate("data"));
    }

    @ParameterizedTest(name = "''{0}'' refused")
    @CsvSource(delimiter = '|', value = {"31/02/2025|non è una data esistente", "31.12.2025|usare gg/mm/aaaa"})
    void refusesBadDatesNamingTheField(String text, String words) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Values.of("data", text).date("data"));
        assertTrue(e.getMessage().startsWith("'data' deve essere una data"), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }
}
