package it.albero.sector.pnrr.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PNRR measure code: Missione, Componente and Investimento (or Riforma), as plans write it: "M5C2 I1.1.1",
 * "M4.C1.I1.1", "M1C1 I1.2", "M5C2 2.1". The normal form is "M5C2 I1.1.1".
 *
 * @param mission   1-7 (7 is REPowerEU)
 * @param component the component within the mission
 * @param kind      'I' for an investment, 'R' for a reform
 * @param number    the investment or reform number, with its sub-numbers ("1.1.1")
 */
record MeasureCode(int mission, int component, char kind, String number) {

    private static final Pattern FORM = Pattern.compile(
            "M\\s*(\\d)\\s*[.\\s]?\\s*C\\s*(\\d)\\s*[.\\s-]*\\s*(?:([IR])(?:NV)?\\s*\\.?\\s*)?(\\d+(?:\\.\\d+){0,2})",
            Pattern.CASE_INSENSITIVE);

    /** Components per mission (index = mission). */
    private static final int[] COMPONENTS = {0, 3, 4, 2, 2, 3, 2, 1};

    /**
     * Parses a code.
     *
     * @throws IllegalArgumentException with an Italian message saying why the code is not valid
     */
    static MeasureCode parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' non è un codice di misura PNRR"
                    + " (forma attesa: Missione, Componente, Investimento, es. 'M5C2 I1.1.1')");
        }
        int mission = Integer.parseInt(m.group(1));
        int component = Integer.parseInt(m.group(2));
        if (mission < 1 || mission > 7) {
            throw new IllegalArgumentException("'" + text + "': la Missione " + mission + " non esiste (M1-M7)");
        }
        if (component < 1 || component > COMPONENTS[mission]) {
            throw new IllegalArgumentException("'" + text + "': la Missione " + mission + " ha le componenti C1-C"
                    + COMPONENTS[mission] + ", non C" + component);
        }
        char kind = m.group(3) == null ? 'I' : Character.toUpperCase(m.group(3).charAt(0));
        return new MeasureCode(mission, component, kind, m.group(4));
    }

    /** The first measure code written in a text (e.g. an objective's title), if any. */
    static Optional<MeasureCode> findIn(String text) {
        Matcher m = Pattern.compile("M\\d\\s*\\.?\\s*C\\d\\s*[.\\s]?\\s*[IR]\\s*\\.?\\s*\\d+(?:\\.\\d+){0,2}",
                Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            try {
                return Optional.of(parse(m.group()));
            } catch (IllegalArgumentException e) {
                // not a code after all: keep looking
            }
        }
        return Optional.empty();
    }

    /** "M5C2 I1.1.1" */
    @Override
    public String toString() {
        return "M" + mission + "C" + component + " " + kind + number;
    }
}
