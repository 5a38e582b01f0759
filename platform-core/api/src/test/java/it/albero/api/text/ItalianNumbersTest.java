package it.albero.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItalianNumbersTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "12|12",
            "0|0",
            "-3|-3",
            "+7|7",
            "0,8|0.8",
            "-0,8|-0.8",
            "48,5|48.5",
            "70,0|70",
            "1.234,5|1234.5",
            "48.000|48000",
            "1.250.000|1250000",
            "1.250.000,75|1250000.75",
            "-1.000|-1000",
            "'  12  '|12",
            "007|7"})
    void reads(String text, String expected) {
        assertEquals(new BigDecimal(expected), ItalianNumbers.parse(text));
        assertTrue(ItalianNumbers.isNumber(text));
    }

    @ParameterizedTest(name = "''{0}'' is ambiguous")
    @CsvSource(delimiter = '|', value = {"48.5", "1.23", "0.800", "1,234.5", "1.2345", "12.", ".5", "1.234.5"})
    void refusesAmbiguousDots(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ItalianNumbers.parse(text));
        assertTrue(e.getMessage().contains("ambiguo") && e.getMessage().contains("usare la virgola"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        assertFalse(ItalianNumbers.isNumber(text));
    }

    @ParameterizedTest(name = "''{0}'' is not a number")
    @CsvSource(delimiter = '|', value = {"dodici", "1 234", "1'234", "12%", "1e5", ",5", "5,", "1,2,3", "--1", "0x10"})
    void refusesWhatIsNotANumber(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ItalianNumbers.parse(text));
        assertTrue(e.getMessage().contains("non è un numero"), e.getMessage());
        assertFalse(ItalianNumbers.isNumber(text));
    }

    @ParameterizedTest(name = "''{0}'' is missing")
    @CsvSource(delimiter = '|', value = {"''", "'   '"})
    void refusesBlank(String text) {
        assertEquals("numero mancante", assertThrows(IllegalArgumentException.class,
                () -> ItalianNumbers.parse(text)).getMessage());
        assertEquals("numero mancante", assertThrows(IllegalArgumentException.class,
                () -> ItalianNumbers.parse(null)).getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"70.0|70", "1E+3|1000", "0.500|0.5", "12|12", "-0.0|0"})
    void normalises(String in, String out) {
        BigDecimal n = ItalianNumbers.normal(new BigDecimal(in));
        assertEquals(out, n.toPlainString());
        assertTrue(n.scale() >= 0);
    }
}
