package it.albero.api.spi;

/** How serious a finding is. */
public enum Severity {
    INFO("info"),
    AVVISO("avviso"),
    ERRORE("errore");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
