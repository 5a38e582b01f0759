package it.albero.api.report;

import java.util.Locale;

/** Which document: the Relazione sulla performance (art. 10 D.Lgs. 150/2009) or the monitoring (art. 6). */
public enum ReportKind {
    /** The Relazione sulla performance of the reference year: as of 31 December unless another date is given. */
    RELAZIONE("relazione", "Relazione sulla performance"),
    /** The intermediate monitoring as of any date: indicators at risk and deadlines ahead. */
    MONITORAGGIO("monitoraggio", "Monitoraggio intermedio");

    private final String id;
    private final String title;

    ReportKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The word used in URLs, commands and file names. */
    public String id() {
        return id;
    }

    /** The Italian title of the document. */
    public String title() {
        return title;
    }

    /** Parses {@code relazione} or {@code monitoraggio}, ignoring case; an Italian message otherwise. */
    public static ReportKind parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ReportKind k : values()) {
            if (k.id.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("rapporto sconosciuto: '" + text + "' (ammessi: relazione, monitoraggio)");
    }
}
