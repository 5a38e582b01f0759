package it.albero.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A measurement (rilevazione) recorded for an indicator.
 *
 * @param id            id given by the store, or 0 before it is stored
 * @param indicatorCode code of the indicator
 * @param date          the date the measurement refers to
 * @param values        the values, named as the type's measurement schema says
 * @param evidence      the evidence, e.g. "Determina n. 123 del 12/05/2025", or {@code null}
 * @param note          a free note, or {@code null}
 * @param author        who recorded it
 * @param recordedAt    when it was recorded
 * @param supersedes    the id of the earlier measurement that this one corrects, or {@code null}. A correction
 *                      never changes the earlier record: both are kept, and only the latest of a chain counts
 *                      in evaluations.
 * @param provenance    the file it was read from, or {@code null} when a person recorded it (since 1.3)
 */
public record Measurement(long id, String indicatorCode, LocalDate date, Values values, String evidence,
                          String note, String author, Instant recordedAt, Long supersedes, Provenance provenance) {
    public Measurement {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(values, "values");
    }

    /** A measurement recorded by a person (no provenance). @since 1.2 */
    public Measurement(long id, String indicatorCode, LocalDate date, Values values, String evidence,
                       String note, String author, Instant recordedAt, Long supersedes) {
        this(id, indicatorCode, date, values, evidence, note, author, recordedAt, supersedes, null);
    }

    /** A measurement that corrects none. */
    public Measurement(long id, String indicatorCode, LocalDate date, Values values, String evidence,
                       String note, String author, Instant recordedAt) {
        this(id, indicatorCode, date, values, evidence, note, author, recordedAt, null, null);
    }

    /** Whether this measurement corrects an earlier one. @since 1.2 */
    public boolean isCorrection() {
        return supersedes != null;
    }

    /** A measurement not yet stored, recorded now by {@code author}. */
    public static Measurement of(String indicatorCode, LocalDate date, Values values, String author) {
        return new Measurement(0, indicatorCode, date, values, null, null, author, Instant.now());
    }
}
