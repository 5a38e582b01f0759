package it.albero.api.service;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.store.PlanKey;

/**
 * The benchmark across enti: where an ente stands among the enti that share an indicator or a unit, as of a date.
 * <p>
 * The distribution is always computed over every ente with a plan of the same reference year; a caller limited to
 * some enti ({@link Caller#enti()}) reads the others anonymised ({@link BenchmarkEntry#anonymised()}).
 *
 * @since 1.2
 */
@ProviderType
public interface BenchmarkService {

    /**
     * The objective tag that names a common indicator across plans with different codes, e.g.
     * {@code benchmark: tempi-pagamento}: the first indicator of the tagged objective takes part in the benchmark
     * of that name.
     */
    String TAG = "benchmark";

    /**
     * The distribution of an indicator of the plan across the enti that share it: its tag's name when its objective
     * has one ({@link #TAG}), else its code.
     *
     * @param asOf the date, or {@code null} for today
     * @throws NotFoundException     when the plan is not one the caller sees, or has no such indicator
     * @throws AccessDeniedException when the caller may not read
     */
    Benchmark indicator(Caller caller, PlanKey plan, String indicatorCode, LocalDate asOf);

    /**
     * A unit of the plan against the same unit code in the other enti, with the position of each of its indicators.
     *
     * @param asOf the date, or {@code null} for today
     * @throws NotFoundException     when the plan is not one the caller sees, or has no such unit
     * @throws AccessDeniedException when the caller may not read
     */
    UnitBenchmark unit(Caller caller, PlanKey plan, String unitCode, LocalDate asOf);
}
