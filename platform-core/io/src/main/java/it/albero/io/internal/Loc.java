package it.albero.io.internal;

/**
 * Where something is in a file: a line and column number (YAML), or a row and a column header (CSV, XLSX).
 *
 * @param row    line or row, 1-based; 0 for the whole file
 * @param column column number or header; {@code -} for a whole row or file
 */
record Loc(int row, String column) {

    static final Loc FILE = new Loc(0, "-");

    Loc {
        column = column == null || column.isBlank() ? "-" : column;
    }
}
