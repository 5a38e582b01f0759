package it.albero.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.albero.api.model.Status;

class StandardScoringTest {

    private static final StandardScoring BANDS = StandardScoring.bands(
            List.of(new StandardScoring.Band(0.7, 0.9), new StandardScoring.Band(0.9, 1)), 0.5);

    @ParameterizedTest(name = "lineare: {0} -> {1} {2}")
    @CsvSource({"1.5,1,RAGGIUNTO", "1,1,RAGGIUNTO", "0.8,0.8,PARZIALMENTE_RAGGIUNTO", "0.5,0.5,PARZIALMENTE_RAGGIUNTO",
            "0.49,0.49,NON_RAGGIUNTO", "0,0,NON_RAGGIUNTO", "-1,0,NON_RAGGIUNTO", "NaN,0,NON_RAGGIUNTO"})
    void scoresLinearly(double attainment, double score, Status status) {
        StandardScoring s = StandardScoring.defaults();
        assertEquals(score, s.score(attainment), 1e-12);
        assertEquals(status, s.status(s.score(attainment)));
    }

    @ParameterizedTest(name = "fasce: {0} -> {1} {2}")
    @CsvSource({"0.69,0,NON_RAGGIUNTO", "0.7,0.9,PARZIALMENTE_RAGGIUNTO", "0.89,0.9,PARZIALMENTE_RAGGIUNTO",
            "0.9,1,RAGGIUNTO", "1.2,1,RAGGIUNTO"})
    void scoresByBands(double attainment, double score, Status status) {
        assertEquals(score, BANDS.score(attainment), 1e-12);
        assertEquals(status, BANDS.status(BANDS.score(attainment)));
    }

    @Test
    void aZeroPartialThresholdStillLeavesZeroNotReached() {
        assertEquals(Status.NON_RAGGIUNTO, StandardScoring.linear(0).status(0));
        assertEquals(Status.PARZIALMENTE_RAGGIUNTO, StandardScoring.linear(0).status(0.01));
    }

    @Test
    void refusesWhatCannotBeAPolicy() {
        assertThrows(IllegalArgumentException.class, () -> StandardScoring.linear(1.5));
        assertThrows(IllegalArgumentException.class, () -> new StandardScoring.Band(0.5, 1.2));
        assertThrows(IllegalArgumentException.class, () -> StandardScoring.bands(
                List.of(new StandardScoring.Band(0.9, 1), new StandardScoring.Band(0.7, 0.9)), 0.5));
    }
}
