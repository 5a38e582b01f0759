package it.albero.api.service;

import it.albero.api.model.Status;

/**
 * One ente in a {@link Benchmark}: its value, rank and evaluation. For a caller limited to some enti
 * ({@link Caller#enti()}) every other ente is anonymised: {@link #anonymous()} is {@code true}, ente code, name,
 * node code, score and status are {@code null}, and only value and rank are given.
 *
 * @param enteCode  the ente's code, or {@code null} when anonymised
 * @param enteName  the ente's name, or "altro ente" when anonymised
 * @param planCode  the plan's code, or {@code null} when anonymised
 * @param code      the indicator or unit code in that plan, or {@code null} when anonymised
 * @param value     the compared quantity ({@link Benchmark#measure()}): the measured value in
 *                  {@link Benchmark#unitOfMeasure()}, or the score in % (0-100); {@code null} without data
 * @param score     the effective score in [0,1], or {@code null}
 * @param status    the status, or {@code null} when anonymised
 * @param rank      1 = best, equal values share the rank (1, 2, 2, 4); {@code null} without data
 * @param own       whether the ente is the one the benchmark was asked for
 * @param anonymous whether the ente is hidden from the caller
 */
public record BenchmarkEntry(String enteCode, String enteName, String planCode, String code, Double value,
                             Double score, Status status, Integer rank, boolean own, boolean anonymous) {

    /** The Italian name shown for an ente the caller does not see. */
    public static final String OTHER_ENTE = "altro ente";

    /** This entry as a caller who does not see its ente reads it: value and rank only. */
    public BenchmarkEntry anonymised() {
        return new BenchmarkEntry(null, OTHER_ENTE, null, null, value, null, null, rank, false, true);
    }

    /** This entry with its rank. */
    public BenchmarkEntry ranked(Integer newRank) {
        return new BenchmarkEntry(enteCode, enteName, planCode, code, value, score, status, newRank, own, anonymous);
    }
}
