package it.albero.api.model;

/** The kind of an organisational unit. */
public enum UnitKind {
    SETTORE("settore"),
    UFFICIO("ufficio"),
    /** A cross-cutting group such as "Progetti trasversali". */
    TRASVERSALE("trasversale");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static UnitKind parse(String text) {
        for (UnitKind k : values()) {
            if (k.label.equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("tipo di unità sconosciuto: '" + text
                + "' (ammessi: settore, ufficio, trasversale)");
    }
}
