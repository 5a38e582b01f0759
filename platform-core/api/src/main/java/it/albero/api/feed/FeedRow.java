package it.albero.api.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import it.albero.api.text.ItalianDates;
import it.albero.api.text.ItalianNumbers;

/**
 * One row of a fed table, its cells by column name (names compared without case and surrounding blanks). Every
 * reader throws a {@link FeedException} naming this row and the column when the cell is missing or unreadable:
 * numbers and dates are read the Italian way ({@code 1.234,56}, {@code 31/12/2025}; also {@code 2025-12-31}).
 */
public final class FeedRow {

    private final int number;
    private final Map<String, String> cells;

    /** @param cells by column name as the header writes it */
    public FeedRow(int number, Map<String, String> cells) {
        this.number = number;
        java.util.LinkedHashMap<String, String> byKey = new java.util.LinkedHashMap<>();
        cells.forEach((k, v) -> byKey.put(key(k), v == null ? "" : v.strip()));
        this.cells = Collections.unmodifiableMap(byKey);
    }

    static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    /** The row's number: 1-based, the header being row 1, as a spreadsheet shows it. */
    public int number() {
        return number;
    }

    /** The non-empty cells by column name (lower case). */
    public Map<String, String> cells() {
        return cells;
    }

    /** Whether every cell of the row is empty. */
    public boolean isBlank() {
        return cells.values().stream().allMatch(String::isEmpty);
    }

    public Optional<String> optional(String column) {
        String v = cells.get(key(column));
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    public String text(String column) {
        return optional(column).orElseThrow(() -> new FeedException(number, column, "valore mancante"));
    }

    public Optional<BigDecimal> optionalNumber(String column) {
        return optional(column).map(v -> {
            try {
                return ItalianNumbers.parse(v);
            } catch (IllegalArgumentException e) {
                throw new FeedException(number, column, e.getMessage());
            }
        });
    }

    public BigDecimal number(String column) {
        return optionalNumber(column).orElseThrow(() -> new FeedException(number, column, "numero mancante"));
    }

    public Optional<LocalDate> optionalDate(String column) {
        return optional(column).map(v -> {
            try {
                return ItalianDates.parse(v);
            } catch (IllegalArgumentException e) {
                throw new FeedException(number, column, e.getMessage());
            }
        });
    }

    public LocalDate date(String column) {
        return optionalDate(column).orElseThrow(() -> new FeedException(number, column, "data mancante"));
    }

    @Override
    public String toString() {
        return "riga " + number + " " + cells;
    }
}
