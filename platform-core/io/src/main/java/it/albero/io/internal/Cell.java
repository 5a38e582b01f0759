package it.albero.io.internal;

/**
 * A text value read from a file with where it was; {@code value} is {@code null} when absent, and
 * {@code loc} is then where it was expected.
 */
record Cell(String value, Loc loc) {

    static Cell absent(Loc loc) {
        return new Cell(null, loc);
    }

    boolean blank() {
        return value == null || value.isBlank();
    }

    /** The value stripped, or {@code null} when blank. */
    String text() {
        return blank() ? null : value.strip();
    }
}
