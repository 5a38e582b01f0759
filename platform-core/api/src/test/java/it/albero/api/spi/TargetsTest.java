package it.albero.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.albero.api.model.Values;

class TargetsTest {

    private static Values target(String t) {
        return t == null ? Values.empty() : Values.of(Map.of("target", t));
    }

    @ParameterizedTest(name = "target {0} (0% ammesso: {1}): ''{2}''")
    @CsvSource(delimiter = '|', value = {
            "|false|",
            "70|false|",
            "100|false|",
            "0,5|false|",
            "0|true|",
            "0|false|il target 0% è sempre raggiunto: indicare un target maggiore di 0%",
            "120|false|il target deve essere tra 0 e 100%, non 120%",
            "120|true|il target deve essere tra 0 e 100%, non 120%",
            "-5|true|il target deve essere tra 0 e 100%, non -5%",
            "100,5|false|il target deve essere tra 0 e 100%, non 100,5%"})
    void checksTheTarget(String t, boolean zeroAllowed, String problem) {
        assertEquals(problem == null ? "" : problem, Targets.problem(target(t), zeroAllowed).orElse(""));
    }

    @ParameterizedTest(name = "target {0} -> {1}")
    @CsvSource(delimiter = '|', value = {"|1", "70|0.7", "70,5|0.705", "100|1"})
    void readsTheTargetAsAShare(String t, double share) {
        assertEquals(share, Targets.share(target(t)), 1e-12);
    }
}
