package it.albero.api.io;

import java.util.Objects;

/**
 * One problem found in a plan file.
 *
 * @param file   the file name as given
 * @param row    the line (YAML) or row (CSV, XLSX; the header is row 1), or 0 when it concerns the whole file
 * @param column the column: its number (YAML) or its header (CSV, XLSX), or {@code -} for the whole file
 * @param reason an Italian sentence that says what is wrong and why
 */
public record ImportProblem(String file, int row, String column, String reason) {
    public ImportProblem {
        Objects.requireNonNull(reason, "reason");
        file = file == null ? "" : file;
        column = column == null || column.isBlank() ? "-" : column;
    }

    /** {@code file:row:column: reason} */
    @Override
    public String toString() {
        return file + ":" + row + ":" + column + ": " + reason;
    }
}
