package it.albero.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.albero.api.service.Benchmark;
import it.albero.api.service.BenchmarkEntry;

class RankingTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    private static BenchmarkEntry e(String ente, Double value) {
        return new BenchmarkEntry(ente, "Comune " + ente, "PIAO", "X.1", value, null, null, null, false, false);
    }

    private static Benchmark rank(boolean lowerIsBetter, BenchmarkEntry... entries) {
        return Ranking.of("X.1", "codice X.1", 2025, DAY, Benchmark.VALUE, "%", lowerIsBetter, List.of(entries));
    }

    private static List<String> order(Benchmark b) {
        List<String> out = new ArrayList<>();
        b.entries().forEach(x -> out.add(x.enteCode() + ":" + x.rank()));
        return out;
    }

    @Test
    void higherIsBetterWithTiesSharingTheRank() {
        Benchmark b = rank(false, e("A", 50.0), e("B", 80.0), e("C", 80.0), e("D", 20.0));
        assertEquals(List.of("B:1", "C:1", "A:3", "D:4"), order(b));
        // ascending 20, 50, 80, 80: h = 0.75, 1.5, 2.25
        assertEquals(42.5, b.q1(), 1e-9);
        assertEquals(65.0, b.median(), 1e-9);
        assertEquals(80.0, b.q3(), 1e-9);
        assertEquals(20.0, b.min());
        assertEquals(80.0, b.max());
        assertEquals(4, b.n());
    }

    @Test
    void lowerIsBetterReversesTheRanks() {
        Benchmark b = rank(true, e("A", 3.0), e("B", 0.0), e("C", 7.0), e("D", 0.0));
        assertEquals(List.of("B:1", "D:1", "A:3", "C:4"), order(b));
        // quartiles do not depend on the direction: ascending 0, 0, 3, 7
        assertEquals(0.0, b.q1(), 1e-9);
        assertEquals(1.5, b.median(), 1e-9);
        assertEquals(4.0, b.q3(), 1e-9);
    }

    @Test
    void oddNumberOfValuesHasTheMiddleOneAsMedian() {
        Benchmark b = rank(false, e("A", 1.0), e("B", 2.0), e("C", 3.0), e("D", 4.0), e("E", 5.0));
        assertEquals(2.0, b.q1(), 1e-9);
        assertEquals(3.0, b.median(), 1e-9);
        assertEquals(4.0, b.q3(), 1e-9);
        assertEquals(List.of("E:1", "D:2", "C:3", "B:4", "A:5"), order(b));
    }

    @Test
    void evenNumberInterpolates() {
        Benchmark b = rank(false, e("A", 1.0), e("B", 2.0), e("C", 3.0), e("D", 4.0));
        assertEquals(1.75, b.q1(), 1e-9);
        assertEquals(2.5, b.median(), 1e-9);
        assertEquals(3.25, b.q3(), 1e-9);
    }

    @Test
    void missingDataIsListedApartAndOutOfTheStatistics() {
        Benchmark b = rank(false, e("C", null), e("A", 10.0), e("B", Double.NaN));
        assertEquals(1, b.n());
        assertEquals(3, b.enti());
        assertEquals(List.of("A:1"), order(b));
        assertEquals(List.of("B", "C"), b.withoutData().stream().map(BenchmarkEntry::enteCode).toList());
        assertNull(b.withoutData().get(0).rank());
        assertEquals(10.0, b.q1());
        assertEquals(10.0, b.median());
        assertEquals(10.0, b.q3());
    }

    @Test
    void noDataAtAllHasNoStatistics() {
        Benchmark b = rank(false, e("A", null));
        assertEquals(0, b.n());
        assertNull(b.min());
        assertNull(b.median());
        assertNull(b.max());
    }

    @Test
    void quantileOfOneValue() {
        assertEquals(7.0, Ranking.quantile(new double[] {7}, 0.25));
        assertNull(Ranking.quantile(new double[0], 0.5));
    }
}
