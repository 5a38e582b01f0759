package it.albero.api.io;

import java.util.Locale;
import java.util.Optional;

/** The plan file formats. */
public enum PlanFormat {
    /** The native format, {@code formato: albero-piano/1} (docs/plan-format.md). */
    YAML("yaml"),
    /** One row per indicator, {@code ;} or {@code ,} separated, UTF-8 with or without BOM. */
    CSV("csv"),
    /** One row per indicator on the first sheet of an Excel workbook. */
    XLSX("xlsx");

    private final String id;

    PlanFormat(String id) {
        this.id = id;
    }

    /** The name used on the console and as the usual file extension. */
    public String id() {
        return id;
    }

    /** The format a file name's extension says ({@code .yaml}, {@code .yml}, {@code .csv}, {@code .xlsx}). */
    public static Optional<PlanFormat> ofFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (n.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (n.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    /** Parses {@code yaml}, {@code yml}, {@code csv} or {@code xlsx}, ignoring case. */
    public static PlanFormat parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("yml")) {
            return YAML;
        }
        for (PlanFormat f : values()) {
            if (f.id.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("formato sconosciuto: '" + text + "' (ammessi: yaml, csv, xlsx)");
    }
}
