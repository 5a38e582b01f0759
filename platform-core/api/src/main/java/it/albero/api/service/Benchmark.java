package it.albero.api.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The distribution of one indicator (or one unit's score) across the enti that share it, as of a date: the plans
 * of the same reference year that have the same indicator code, or an objective tagged with the same
 * {@code benchmark} name ({@link BenchmarkService#TAG}); for a unit, the same unit code.
 * <p>
 * The quartiles are those of the values with data, by linear interpolation between the closest ranks (as
 * {@code QUARTILE.INC} in a spreadsheet): with n = 4 values {1, 2, 3, 4}, Q1 = 1.75, median = 2.5, Q3 = 3.25.
 *
 * @param subject       the indicator or unit code asked for, in the asked ente's plan
 * @param group         what the enti share, in Italian ("codice ENT-03.2", "benchmark tempi-pagamento", "unità ENT")
 * @param referenceYear the reference year of the compared plans
 * @param asOf          the date of the evaluation
 * @param measure       {@link #VALUE} when enti are compared by the measured value, {@link #SCORE} by the score
 * @param unitOfMeasure the unit of the values ("%", "eventi", "" for a plain number)
 * @param lowerIsBetter whether a lower value ranks better (times, events, a ratio with target "at most")
 * @param n             the number of enti with data
 * @param min           the lowest value, {@code null} when n = 0 (as the following four)
 * @param q1            the first quartile
 * @param median        the median
 * @param q3            the third quartile
 * @param max           the highest value
 * @param entries       the enti with data, best first (ties in ente order)
 * @param withoutData   the enti that share the indicator but have no value as of the date, listed apart
 */
public record Benchmark(String subject, String group, int referenceYear, LocalDate asOf, String measure,
                        String unitOfMeasure, boolean lowerIsBetter, int n, Double min, Double q1, Double median,
                        Double q3, Double max, List<BenchmarkEntry> entries, List<BenchmarkEntry> withoutData) {

    /** {@link #measure()} when enti are compared by the indicator's measured value. */
    public static final String VALUE = "valore";
    /** {@link #measure()} when enti are compared by the score (in %). */
    public static final String SCORE = "punteggio";

    public Benchmark {
        entries = List.copyOf(entries);
        withoutData = List.copyOf(withoutData);
    }

    /** The number of enti compared, with or without data. */
    public int enti() {
        return entries.size() + withoutData.size();
    }

    /** The asked ente's entry, with or without data, or {@code null}. */
    public BenchmarkEntry position() {
        for (BenchmarkEntry e : entries) {
            if (e.own()) {
                return e;
            }
        }
        for (BenchmarkEntry e : withoutData) {
            if (e.own()) {
                return e;
            }
        }
        return null;
    }
}
