package it.albero.service.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import it.albero.api.service.Benchmark;
import it.albero.api.service.BenchmarkEntry;

/** Ranks, quartiles and the distribution of a {@link Benchmark}: plain arithmetic, no I/O. */
final class Ranking {

    private Ranking() {
    }

    /**
     * The benchmark of these entries: those with a value ranked best first (1 = best, equal values share the rank:
     * 1, 2, 2, 4; ties in ente code order), the others listed apart in ente code order.
     */
    static Benchmark of(String subject, String group, int referenceYear, java.time.LocalDate asOf, String measure,
                        String unitOfMeasure, boolean lowerIsBetter, List<BenchmarkEntry> all) {
        Comparator<BenchmarkEntry> byEnte = Comparator.comparing(e -> e.enteCode() == null ? "" : e.enteCode());
        List<BenchmarkEntry> with = new ArrayList<>();
        List<BenchmarkEntry> without = new ArrayList<>();
        for (BenchmarkEntry e : all) {
            (e.value() == null || e.value().isNaN() ? without : with).add(e);
        }
        Comparator<BenchmarkEntry> byValue = Comparator.comparingDouble(BenchmarkEntry::value);
        with.sort((lowerIsBetter ? byValue : byValue.reversed()).thenComparing(byEnte));
        without.sort(byEnte);
        List<BenchmarkEntry> ranked = new ArrayList<>(with.size());
        for (int i = 0; i < with.size(); i++) {
            boolean tie = i > 0 && with.get(i).value().doubleValue() == with.get(i - 1).value().doubleValue();
            ranked.add(with.get(i).ranked(tie ? ranked.get(i - 1).rank() : i + 1));
        }
        List<BenchmarkEntry> apart = without.stream().map(e -> e.ranked(null)).toList();
        double[] sorted = with.stream().mapToDouble(BenchmarkEntry::value).sorted().toArray();
        int n = sorted.length;
        return new Benchmark(subject, group, referenceYear, asOf, measure, unitOfMeasure, lowerIsBetter, n,
                n == 0 ? null : sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75),
                n == 0 ? null : sorted[n - 1], ranked, apart);
    }

    /**
     * The p-quantile of ascending values by linear interpolation between the closest ranks (R type 7, Excel
     * QUARTILE.INC): h = (n - 1) p, q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]); {@code null} when
     * there are no values.
     */
    static Double quantile(double[] ascending, double p) {
        int n = ascending.length;
        if (n == 0) {
            return null;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return ascending[lo] + (h - lo) * (ascending[hi] - ascending[lo]);
    }
}
