package it.albero.api.spi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one "on pace" rule of Albero, for every indicator type, core or sector.
 * <p>
 * <b>The rule.</b> Before it is due, an indicator is on pace when its attainment (achieved / target, 1 meaning
 * the target met) is at least {@link #TOLERANCE} (90%) of the attainment expected by that day:
 * <ul>
 * <li>for a quantity that accumulates over a period (controls counted in a window, notices issued out of those of
 * the year, a total against a yearly threshold) the expected attainment is the share of the period elapsed,
 * {@link #elapsed}: the days from its first day to the date, both included, over the days of the period. Equally:
 * the linear projection of the value to the end of the period reaches at least 90% of the target;</li>
 * <li>for a rate over the cases so far (requests satisfied out of those received, weeks with enough patrols out
 * of the weeks ended) the expected attainment is 1: the rate should already be the target's;</li>
 * <li>for a maximum (lower is better, "al massimo n") the value must not exceed the maximum's share for the
 * elapsed period by more than the same tolerance: value &le; maximum &times; elapsed / 90%.</li>
 * </ul>
 * Off pace, an evaluation "in corso" is flagged "a rischio" ({@link it.albero.api.model.Evaluation#atRisk()}).
 * A type uses these methods rather than a rule of its own, so that "a rischio" means the same on every indicator.
 *
 * @since 1.2
 */
public final class Pace {

    /** The share of the expected attainment below which an indicator is off pace. */
    public static final double TOLERANCE = 0.9;

    private Pace() {
    }

    /**
     * The share of the period from {@code start} to {@code end} (both included) elapsed on {@code asOf}, that day
     * included: 0 before the start, 1 from the end on (and for a period that ends before it starts).
     */
    public static double elapsed(LocalDate start, LocalDate end, LocalDate asOf) {
        if (asOf.isBefore(start)) {
            return 0;
        }
        if (!asOf.isBefore(end)) {
            return 1;
        }
        return (ChronoUnit.DAYS.between(start, asOf) + 1.0) / (ChronoUnit.DAYS.between(start, end) + 1.0);
    }

    /** On pace for a quantity that accumulates from {@code start} to {@code end}: see the rule above. */
    public static boolean onPace(double attainment, LocalDate start, LocalDate end, LocalDate asOf) {
        return attainment >= elapsed(start, end, asOf) * TOLERANCE;
    }

    /** On pace for a rate over the cases so far: the attainment is at least 90%. */
    public static boolean onPace(double attainment) {
        return attainment >= TOLERANCE;
    }

    /** On pace for a maximum reached by a quantity that accumulates from {@code start} to {@code end}. */
    public static boolean withinMaximum(double value, double maximum, LocalDate start, LocalDate end,
                                        LocalDate asOf) {
        return value * TOLERANCE <= maximum * elapsed(start, end, asOf);
    }
}
