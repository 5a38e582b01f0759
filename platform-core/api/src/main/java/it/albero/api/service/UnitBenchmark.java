package it.albero.api.service;

import java.util.List;

/**
 * "How do I compare with similar comuni": a unit's score against the same unit code in the other enti, and the
 * position of each of its indicators. "Similar" is every ente with a plan of the same reference year: the model has
 * no size class or population to filter by.
 *
 * @param unit       the unit's score across enti ({@link Benchmark#SCORE})
 * @param indicators one benchmark per indicator of the unit, in plan order, each with only the asked ente's entry in
 *                   {@link Benchmark#entries()} / {@link Benchmark#withoutData()} (rank, quartiles and n are those
 *                   of the whole distribution)
 */
public record UnitBenchmark(Benchmark unit, List<Benchmark> indicators) {
    public UnitBenchmark {
        indicators = List.copyOf(indicators);
    }
}
