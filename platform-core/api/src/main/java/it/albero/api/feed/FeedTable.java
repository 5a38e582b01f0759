package it.albero.api.feed;

import java.util.List;

/**
 * A fed file read as a table (CSV or the first sheet of an XLSX): its header and its rows, blank rows left out.
 *
 * @param fileName the name as it was sent
 * @param header   the column names as the file writes them
 * @param rows     the data rows, numbered as a spreadsheet shows them
 */
public record FeedTable(String fileName, List<String> header, List<FeedRow> rows) {

    public FeedTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Whether the header has this column (without case and surrounding blanks). */
    public boolean has(String column) {
        return header.stream().anyMatch(h -> FeedRow.key(h).equals(FeedRow.key(column)));
    }

    /** Refuses the file when a column is missing, naming them all. */
    public void require(String... columns) {
        List<String> missing = java.util.Arrays.stream(columns).filter(c -> !has(c)).toList();
        if (!missing.isEmpty()) {
            throw new FeedException(1, missing.get(0), "colonn" + (missing.size() == 1 ? "a obbligatoria mancante: "
                    : "e obbligatorie mancanti: ") + String.join(", ", missing) + " (intestazione: "
                    + String.join("; ", header) + ")");
        }
    }
}
