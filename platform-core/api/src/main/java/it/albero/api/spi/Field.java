package it.albero.api.spi;

import java.util.List;
import java.util.Objects;

/**
 * One field of a parameter or measurement schema. The UI builds its forms from these; the console
 * documents {@code name=value} pairs with them.
 *
 * @param name     the name, Italian, as used in plan files and on the console (e.g. {@code numeratore})
 * @param kind     what kind of value it holds
 * @param label    the Italian label
 * @param required whether it must be given
 * @param help     an Italian hint, or empty
 * @param options  the allowed values for {@link Kind#SCELTA}
 */
public record Field(String name, Kind kind, String label, boolean required, String help, List<String> options) {

    /** Kinds of value. */
    public enum Kind {
        NUMERO, PERCENTUALE, INTERO, DATA, TESTO, SCELTA,
        /** A window {@code {da: date, a: date}}. */
        FINESTRA,
        /** A list of structures, e.g. the phases of a schedule or the bands of a graded score. */
        ELENCO
    }

    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? name : label;
        help = help == null ? "" : help;
        options = List.copyOf(options == null ? List.of() : options);
    }

    public static Field required(String name, Kind kind, String label) {
        return new Field(name, kind, label, true, "", List.of());
    }

    public static Field optional(String name, Kind kind, String label) {
        return new Field(name, kind, label, false, "", List.of());
    }

    public static Field choice(String name, String label, boolean required, List<String> options) {
        return new Field(name, Kind.SCELTA, label, required, "", options);
    }

    public Field withHelp(String text) {
        return new Field(name, kind, label, required, text, options);
    }
}
