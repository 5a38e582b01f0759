package it.albero.api.spi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import it.albero.api.model.Measurement;

/**
 * A case with a legal term from its start: a citizen's request answered within 30 days (art. 2 L. 241/1990), a
 * building permit issued within the days of the law, a councillor's question answered within 30 days (art. 43
 * D.Lgs. 267/2000). The term counts calendar days, or working days ({@link WorkingDays}) when the law says so.
 * A case is due once concluded or once its term has passed; it is in time when concluded by its due date.
 *
 * @param name    the case (protocol number, subject)
 * @param start   the day the term starts from (the receipt, the application)
 * @param end     the day it was concluded, if it was
 * @param days    the legal term
 * @param working whether the term counts working days
 * @since 1.3
 */
public record Term(String name, LocalDate start, Optional<LocalDate> end, int days, boolean working) {

    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (days < 0) {
            throw new IllegalArgumentException("termine negativo: " + days);
        }
    }

    /** The last day of the term. */
    public LocalDate due() {
        return working ? WorkingDays.plus(start, days) : start.plusDays(days);
    }

    /** Concluded by its due date. */
    public boolean inTime() {
        return end.isPresent() && !end.get().isAfter(due());
    }

    /** Concluded, or past its term on a date (so that it counts, in time or not). */
    public boolean isDue(LocalDate asOf) {
        return end.isPresent() || asOf.isAfter(due());
    }

    /** The days (calendar, or working with {@link #working}) from the start to the end, or to a date when still open. */
    public long elapsed(LocalDate asOf) {
        LocalDate to = end.orElse(asOf);
        return working ? WorkingDays.between(start, to) : ChronoUnit.DAYS.between(start, to);
    }

    /** Concluded before it started: a record that cannot be right. */
    public boolean endsBeforeStart() {
        return end.isPresent() && end.get().isBefore(start);
    }

    /**
     * The cases of a list of measurements, one per case: each measurement names its case in {@code nameField} and may
     * give the conclusion date in {@code endField}; the case starts on the date of its first measurement, and a later
     * measurement of the same case replaces its conclusion (the answer recorded after the request).
     */
    public static List<Term> of(List<Measurement> measurements, String nameField, String endField, int days, boolean working) {
        Map<String, Term> out = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            String name = m.values().requireText(nameField).trim();
            LocalDate start = out.containsKey(name) ? out.get(name).start() : m.date();
            out.put(name, new Term(name, start, m.values().date(endField), days, working));
        }
        return List.copyOf(out.values());
    }
}
