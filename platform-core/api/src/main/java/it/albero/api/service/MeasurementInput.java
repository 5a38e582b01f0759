package it.albero.api.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A measurement as a person or a program sends it, before it is typed.
 *
 * @param indicatorCode the indicator's code
 * @param date          the date the measurement refers to
 * @param values        by the names of the type's measurement schema: a text is read by the field's kind with the
 *                      Italian rules of {@link it.albero.api.text} ({@code 1.234,5}, {@code 31/12/2025}); numbers,
 *                      booleans and dates are taken as they are
 * @param evidence      e.g. "Determina n. 123 del 12/05/2025", or {@code null}
 * @param note          a free note, or {@code null}
 */
public record MeasurementInput(String indicatorCode, LocalDate date, Map<String, ?> values, String evidence,
                               String note) {
    public MeasurementInput {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(date, "date");
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
