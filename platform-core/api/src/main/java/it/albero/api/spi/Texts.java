package it.albero.api.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Italian formatting of numbers, percentages and dates for explanations. */
public final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {
    }

    /** 31/12/2025 */
    public static String date(LocalDate d) {
        return d.format(DATE);
    }

    /** A number the Italian way: 1.234,5 */
    public static String number(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ITALY));
        return f.format(s);
    }

    public static String number(double n) {
        return number(BigDecimal.valueOf(n));
    }

    /** 0.8 -> "80%" (one decimal when needed). */
    public static String percent(double ratio) {
        return number(BigDecimal.valueOf(ratio * 100).setScale(1, RoundingMode.HALF_UP)) + "%";
    }
}
