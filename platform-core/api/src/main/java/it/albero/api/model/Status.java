package it.albero.api.model;

/** The status of an evaluated node, with the Italian words users read. */
public enum Status {
    RAGGIUNTO("raggiunto"),
    PARZIALMENTE_RAGGIUNTO("parzialmente raggiunto"),
    NON_RAGGIUNTO("non raggiunto"),
    IN_CORSO("in corso"),
    NON_ANCORA_DOVUTO("non ancora dovuto"),
    DATI_MANCANTI("dati mancanti"),
    MODULO_NON_INSTALLATO("modulo non installato"),
    ERRORE("errore");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the status ends the year for the node (its score is final). */
    public boolean isFinal() {
        return this == RAGGIUNTO || this == PARZIALMENTE_RAGGIUNTO || this == NON_RAGGIUNTO;
    }
}
