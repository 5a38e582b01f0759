package it.albero.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TextsTest {

    /** What Texts.number wrote before it stopped building a DecimalFormat per call. */
    private static String reference(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ITALY)).format(s);
    }

    @Test
    void numbersAreWrittenTheItalianWay() {
        assertEquals("1.234,5", Texts.number(new BigDecimal("1234.50")));
        assertEquals("1.234.567", Texts.number(new BigDecimal("1234567")));
        assertEquals("0,12", Texts.number(new BigDecimal("0.125")), "half-even, as DecimalFormat");
        assertEquals("0,14", Texts.number(new BigDecimal("0.135")));
        assertEquals("0,12", Texts.number(new BigDecimal("0.1249")));
        assertEquals("-1.000", Texts.number(new BigDecimal("-1e3")));
        assertEquals("82,5%", Texts.percent(0.825));
        assertEquals("100%", Texts.percent(1));
    }

    @Test
    void theSameTextAsTheDecimalFormatItReplaces() {
        List<BigDecimal> values = new ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("-0.001"),
                new BigDecimal("-0.005"), new BigDecimal("0.005"), new BigDecimal("0.015"), new BigDecimal("0.025"),
                new BigDecimal("999.995"), new BigDecimal("-999999.994"), new BigDecimal("1E+7"),
                new BigDecimal("123456789012345678901234567890.123456"), new BigDecimal("0.00"),
                new BigDecimal("-12"), new BigDecimal("100.10")));
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            values.add(BigDecimal.valueOf(r.nextLong(-10_000_000, 10_000_000), r.nextInt(-3, 6)));
            values.add(BigDecimal.valueOf((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(0, 9))));
        }
        for (BigDecimal v : values) {
            assertEquals(reference(v), Texts.number(v), v.toPlainString());
        }
    }
}
