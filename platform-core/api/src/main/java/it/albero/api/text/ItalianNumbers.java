package it.albero.api.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a number written the Italian way: the comma separates the decimals, the dot groups the thousands.
 * <ul>
 * <li>{@code 12} → 12; {@code -3} → -3</li>
 * <li>{@code 0,8} → 0.8; {@code 1.234,5} → 1234.5</li>
 * <li>{@code 48.000} → 48000; {@code 1.250.000} → 1250000 (groups of exactly three digits)</li>
 * <li>{@code 48.5}, {@code 1.23}, {@code 0.800}, {@code 1,234.5} are refused: a dot that cannot be a thousands
 * separator is ambiguous, and the message says to use the comma.</li>
 * </ul>
 * Spaces around the number are ignored; a space or an apostrophe inside it is not accepted. The result is in
 * {@linkplain #normal(BigDecimal) normal form}: {@code 70,0} and {@code 70} read the same.
 */
public final class ItalianNumbers {

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+,\\d+");
    /** Thousands groups: the first group has no leading zero, so 0.800 is not 800 but ambiguous. */
    private static final Pattern GROUPED = Pattern.compile("[-+]?[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern DOTTED = Pattern.compile("[-+]?[\\d.]*\\.[\\d.]*(,\\d+)?|[-+]?\\d+(,\\d{3})+\\.\\d+");

    private ItalianNumbers() {
    }

    /**
     * The number, or an {@link IllegalArgumentException} with an Italian message that quotes the text and says
     * how to write it.
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("numero mancante");
        }
        String t = text.strip();
        if (INTEGER.matcher(t).matches()) {
            return normal(new BigDecimal(t));
        }
        if (DECIMAL.matcher(t).matches()) {
            return normal(new BigDecimal(t.replace(',', '.')));
        }
        if (GROUPED.matcher(t).matches()) {
            return normal(new BigDecimal(t.replace(".", "").replace(',', '.')));
        }
        if (DOTTED.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + t + "' è ambiguo: usare la virgola per i decimali (es. 48,5)"
                    + " e il punto solo per le migliaia (es. 48.000)");
        }
        throw new IllegalArgumentException("'" + t + "' non è un numero (es. 12, 0,8, 1.234,5)");
    }

    /**
     * One form for every number, so that a value read twice (from text, a spreadsheet cell or a file) is equal to
     * itself: trailing zeros dropped, never a negative scale ({@code 70.0} → 70, {@code 1E+3} → 1000).
     */
    public static BigDecimal normal(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Whether {@link #parse} reads the text as a number. */
    public static boolean isNumber(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
