package it.albero.api.report;

import java.util.Locale;

/** The formats of a report. */
public enum ReportFormat {
    /** A4, print-ready, with charts. */
    PDF("pdf", "application/pdf"),
    /** One sheet per part, numbers and dates as real cell values. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** Open data: UTF-8, one row per indicator, no personal data (docs/open-data.md lists the columns). */
    CSV("csv", "text/csv; charset=UTF-8");

    private final String id;
    private final String contentType;

    ReportFormat(String id, String contentType) {
        this.id = id;
        this.contentType = contentType;
    }

    /** The file extension and the word used in URLs and commands. */
    public String id() {
        return id;
    }

    /** The HTTP content type. */
    public String contentType() {
        return contentType;
    }

    /** Parses {@code pdf}, {@code xlsx} or {@code csv}, ignoring case; an Italian message otherwise. */
    public static ReportFormat parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.id.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("formato sconosciuto: '" + text + "' (ammessi: pdf, xlsx, csv)");
    }
}
