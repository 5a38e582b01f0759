package it.albero.sector.cultura.internal;

import java.util.List;

import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.spi.Window;

/**
 * The season of a cultural indicator: the {@code stagione} window, which may cross the calendar year (a school year
 * September-June, a theatre season October-May), or the reference year; and the same season one year earlier, where
 * the baseline of attendance is read from when the plan gives none.
 */
final class Seasons {

    static final String SEASON = "stagione";

    private Seasons() {
    }

    static Window of(Indicator i, int referenceYear) {
        return Window.of(i.parameters(), SEASON).orElse(Window.year(referenceYear));
    }

    static Window previous(Window season) {
        return new Window(season.from().minusYears(1), season.to().minusYears(1));
    }

    /** The measurements dated within the window. */
    static List<Measurement> within(List<Measurement> ms, Window w) {
        return ms.stream().filter(m -> w.contains(m.date())).toList();
    }
}
