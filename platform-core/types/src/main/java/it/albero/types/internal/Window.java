package it.albero.types.internal;

import java.time.LocalDate;
import java.util.Objects;

import it.albero.api.spi.Texts;

/** A closed range of days, both ends included: a window {@code {da, a}} or a period of a recurrence. */
record Window(LocalDate from, LocalDate to) {

    Window {
        Objects.requireNonNull(from, "da");
        Objects.requireNonNull(to, "a");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("la fine " + Texts.date(to) + " precede l'inizio " + Texts.date(from));
        }
    }

    static Window year(int year) {
        return new Window(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** The part of this range inside {@code other}, or {@code null} when they do not meet. */
    Window intersect(Window other) {
        LocalDate f = from.isAfter(other.from) ? from : other.from;
        LocalDate t = to.isBefore(other.to) ? to : other.to;
        return t.isBefore(f) ? null : new Window(f, t);
    }

    /** 01/05/2025-30/09/2025 */
    String text() {
        return Texts.date(from) + "-" + Texts.date(to);
    }
}
