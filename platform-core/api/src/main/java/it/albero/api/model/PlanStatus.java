package it.albero.api.model;

/** Lifecycle of a plan (art. 10 D.Lgs. 150/2009). */
public enum PlanStatus {
    BOZZA("bozza"),
    ADOTTATO("adottato"),
    MONITORAGGIO("monitoraggio"),
    RENDICONTAZIONE("rendicontazione"),
    VALIDATO("validato");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    /** The Italian word users read. */
    public String label() {
        return label;
    }

    /** Parses the Italian label or the constant name, ignoring case. */
    public static PlanStatus parse(String text) {
        for (PlanStatus s : values()) {
            if (s.label.equalsIgnoreCase(text.trim()) || s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("stato del piano sconosciuto: '" + text
                + "' (ammessi: bozza, adottato, monitoraggio, rendicontazione, validato)");
    }
}
