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

    /**
     * Whether the lifecycle allows moving from this status to {@code next}: one step forward at a time;
     * a validated plan is final (its measurements are locked).
     */
    public boolean canMoveTo(PlanStatus next) {
        return next.ordinal() == ordinal() + 1;
    }

    /** Whether measurements may still be recorded. */
    public boolean acceptsMeasurements() {
        return this != VALIDATO;
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
