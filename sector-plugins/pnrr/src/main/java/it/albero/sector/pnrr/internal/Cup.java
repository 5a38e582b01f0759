package it.albero.sector.pnrr.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The CUP (Codice Unico di Progetto, L. 144/1999, art. 11 L. 3/2003): 15 characters, a letter, two digits, a
 * letter, then eleven digits (the year of generation in the first two), e.g. "J11B21005500006".
 */
final class Cup {

    private static final Pattern FORM = Pattern.compile("[A-Z][0-9]{2}[A-Z][0-9]{11}");

    private Cup() {
    }

    /** Why the code is not a valid CUP, or empty when it is. */
    static Optional<String> problem(String cup) {
        String c = cup.trim();
        if (c.length() != 15) {
            return Optional.of("il CUP '" + cup + "' ha " + c.length() + " caratteri invece di 15");
        }
        if (!c.equals(c.toUpperCase())) {
            return Optional.of("il CUP '" + cup + "' va scritto in maiuscolo");
        }
        if (!FORM.matcher(c).matches()) {
            return Optional.of("il CUP '" + cup + "' non ha la forma lettera, 2 cifre, lettera, 11 cifre"
                    + " (es. J11B21005500006)");
        }
        return Optional.empty();
    }
}
