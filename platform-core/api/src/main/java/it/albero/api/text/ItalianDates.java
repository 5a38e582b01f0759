package it.albero.api.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date written as {@code gg/mm/aaaa} (also {@code g/m/aaaa}) or as ISO {@code aaaa-mm-gg}. Anything else,
 * and a day that does not exist (31/02/2025), is refused with an Italian message.
 */
public final class ItalianDates {

    private static final Pattern ITALIAN = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private ItalianDates() {
    }

    /** The date, or an {@link IllegalArgumentException} with an Italian message that quotes the text. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("data mancante");
        }
        String t = text.strip();
        try {
            Matcher m = ITALIAN.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + t + "' non è una data esistente");
        }
        throw new IllegalArgumentException("'" + t + "' non è una data: usare gg/mm/aaaa o aaaa-mm-gg"
                + " (es. 31/12/2025)");
    }

    /** Whether {@link #parse} reads the text as a date. */
    public static boolean isDate(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
