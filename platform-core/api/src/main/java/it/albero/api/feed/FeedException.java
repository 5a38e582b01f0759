package it.albero.api.feed;

/** A problem at a row and column of a fed file, in Italian; the file is refused and nothing is written. */
public class FeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int row;
    private final String column;

    /**
     * @param row    1-based, the header being row 1; 0 for the whole file
     * @param column the column as the file names it, or {@code "-"}
     */
    public FeedException(int row, String column, String message) {
        super(message);
        this.row = row;
        this.column = column == null ? "-" : column;
    }

    public int row() {
        return row;
    }

    public String column() {
        return column;
    }
}
