package it.albero.api.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import it.albero.api.model.Values;

/**
 * A closed range of days, both ends included: a window {@code {da, a}} of an indicator's parameters (the May-
 * September season of the controls), a period of a recurrence, the reference year.
 *
 * @param from the first day
 * @param to   the last day, not before {@code from}
 * @since 1.2
 */
public record Window(LocalDate from, LocalDate to) {

    public Window {
        Objects.requireNonNull(from, "da");
        Objects.requireNonNull(to, "a");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("la fine " + Texts.date(to) + " precede l'inizio " + Texts.date(from));
        }
    }

    /** The window {@code {da, a}} named {@code name} in the values, if they carry one. */
    public static Optional<Window> of(Values values, String name) {
        return values.values(name).map(w -> new Window(w.requireDate("da"), w.requireDate("a")));
    }

    /** 1 January to 31 December. */
    public static Window year(int year) {
        return new Window(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** The part of this range inside {@code other}, if they meet. */
    public Optional<Window> intersect(Window other) {
        LocalDate f = from.isAfter(other.from) ? from : other.from;
        LocalDate t = to.isBefore(other.to) ? to : other.to;
        return t.isBefore(f) ? Optional.empty() : Optional.of(new Window(f, t));
    }

    /** Whether the range lies within one calendar year. */
    public boolean withinOneYear() {
        return from.getYear() == to.getYear();
    }

    /** The share of the window elapsed on a date, as {@link Pace#elapsed} counts it. */
    public double elapsed(LocalDate asOf) {
        return Pace.elapsed(from, to, asOf);
    }

    /** "01/05/2025-30/09/2025" */
    public String text() {
        return Texts.date(from) + "-" + Texts.date(to);
    }

    /** "dal 01/05/2025 al 30/09/2025" */
    public String words() {
        return "dal " + Texts.date(from) + " al " + Texts.date(to);
    }
}
