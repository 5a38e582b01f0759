package it.albero.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaceTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

    @ParameterizedTest(name = "{0}..{1} al {2}: {3}")
    @CsvSource({
            "2025-01-01,2025-12-31,2024-12-31,0",
            "2025-01-01,2025-12-31,2025-01-01,0.00274",
            "2025-01-01,2025-12-31,2025-07-02,0.50137",
            "2025-01-01,2025-12-31,2025-12-31,1",
            "2025-01-01,2025-12-31,2026-01-10,1",
            "2025-05-01,2025-09-30,2025-06-30,0.39869",
            "2025-05-01,2025-05-01,2025-05-01,1"})
    void measuresTheShareElapsed(LocalDate start, LocalDate end, LocalDate asOf, double share) {
        assertEquals(share, Pace.elapsed(start, end, asOf), 1e-5);
        assertEquals(share, new Window(start, end).elapsed(asOf), 1e-5);
    }

    @ParameterizedTest(name = "quantità: {0} al {1} -> {2}")
    @CsvSource({"0.46,2025-07-02,true", "0.45,2025-07-02,false", "0,2024-12-31,true", "0.89,2025-12-31,false",
            "0.9,2025-12-31,true"})
    void judgesAQuantityAgainstTheTimeElapsed(double attainment, LocalDate asOf, boolean onPace) {
        assertEquals(onPace, Pace.onPace(attainment, JAN_1, DEC_31, asOf));
    }

    @ParameterizedTest(name = "tasso: {0} -> {1}")
    @CsvSource({"1,true", "0.9,true", "0.89,false", "0,false"})
    void judgesARateAgainstTheTarget(double attainment, boolean onPace) {
        assertEquals(onPace, Pace.onPace(attainment));
    }

    @ParameterizedTest(name = "massimo 10: {0} al {1} -> {2}")
    @CsvSource({"5,2025-07-02,true", "6,2025-07-02,false", "11,2025-12-31,true", "12,2025-12-31,false"})
    void judgesAMaximum(double value, LocalDate asOf, boolean onPace) {
        assertEquals(onPace, Pace.withinMaximum(value, 10, JAN_1, DEC_31, asOf));
    }
}
