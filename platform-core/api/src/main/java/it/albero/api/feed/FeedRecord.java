package it.albero.api.feed;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A measurement a source read from a file: for an indicator, at a date, with the values named as the indicator
 * type's measurement schema says (numbers as {@link java.math.BigDecimal} or Italian texts).
 *
 * @param row the row it was read from (the first, when it sums several)
 */
public record FeedRecord(String indicatorCode, LocalDate date, Map<String, Object> values, String evidence,
                         String note, int row) {
    public FeedRecord {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(date, "date");
        values = Map.copyOf(values);
    }
}
