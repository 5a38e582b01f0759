package it.albero.sector.polizialocale.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import it.albero.api.model.Values;
import it.albero.api.spi.Texts;

/** A closed range of days {@code {da, a}}, both ends included. */
record Window(LocalDate from, LocalDate to) {

    Window {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("la fine " + Texts.date(to) + " precede l'inizio " + Texts.date(from));
        }
    }

    /** The {@code finestra} parameter, if the indicator has one. */
    static Optional<Window> of(Values params, String name) {
        return params.values(name).map(w -> new Window(w.requireDate("da"), w.requireDate("a")));
    }

    static Window year(int year) {
        return new Window(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** The share of the window elapsed as of a date, in [0,1]. */
    double elapsed(LocalDate asOf) {
        if (asOf.isBefore(from)) {
            return 0;
        }
        if (!asOf.isBefore(to)) {
            return 1;
        }
        return (ChronoUnit.DAYS.between(from, asOf) + 1.0) / (ChronoUnit.DAYS.between(from, to) + 1.0);
    }

    /** "dal 01/05/2025 al 30/09/2025" */
    String text() {
        return "dal " + Texts.date(from) + " al " + Texts.date(to);
    }
}
