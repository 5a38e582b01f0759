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
        // what DecimalFormat("#,##0.##", Italian symbols) writes, without building one per call (evaluations
        // write thousands of these): at most two decimals rounded half-even, '.' between thousands, ',' before
        // the decimals, "-0" for a negative number that rounds to zero
        BigDecimal r = n.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (r.scale() < 0) {
            r = r.setScale(0);
        }
        String digits = r.abs().toPlainString();
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder out = new StringBuilder(digits.length() + whole.length() / 3 + 1);
        if (n.signum() < 0) {
            out.append('-');
        }
        int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, first);
        for (int i = first; i < whole.length(); i += 3) {
            out.append('.').append(whole, i, i + 3);
        }
        if (dot >= 0) {
            out.append(',').append(digits, dot + 1, digits.length());
        }
        return out.toString();
    }

    public static String number(double n) {
        return number(BigDecimal.valueOf(n));
    }

    /** 0.8 -> "80%" (one decimal when needed). */
    public static String percent(double ratio) {
        return number(BigDecimal.valueOf(ratio * 100).setScale(1, RoundingMode.HALF_UP)) + "%";
    }
}
