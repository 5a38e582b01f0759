package it.albero.api.feed;

/** A problem of a fed file: where (file, row, column) and why, in Italian. */
public record FeedProblem(String file, int row, String column, String message) {

    @Override
    public String toString() {
        return file + ":" + row + ":" + column + ": " + message;
    }
}
