package it.albero.sector.welfare.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.model.Values;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Severity;
import it.albero.testing.TypeFixtures;

class PercentTargetsCheckTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("WEL", "Settore Welfare");

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("rapporto al 90%", "welfare", "rapporto", Values.of("target", 90), null, ""),
                Arguments.of("rapporto al 120%", "welfare", "rapporto", Values.of("target", 120), Severity.ERRORE, "tra 0 e 100%, non 120%"),
                Arguments.of("target negativo", "welfare", "rapporto", Values.of("target", -5), Severity.ERRORE, "-5%"),
                Arguments.of("target 0%", "welfare", "rapporto", Values.of("target", 0), Severity.ERRORE, "sempre raggiunto"),
                Arguments.of("massimo 0%", "welfare", "rapporto", Values.of("target", 0, "confronto", "<="), null, ""),
                Arguments.of("altra unità, tipo generico: ignorato", "entrate", "rapporto", Values.of("target", 150), null, ""),
                Arguments.of("tipo del modulo in altra unità", "entrate", BudgetCappedRequestsType.ID, Values.of("target", 150), Severity.ERRORE, "150%"),
                Arguments.of("target non numerico", "welfare", "rapporto", Values.of("target", "tanti"), Severity.ERRORE, "non numerico"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void finds(String name, String unitModule, String type, Values params, Severity severity, String words) {
        List<Finding> found = new PercentTargetsCheck().check(FIXTURES.checkContext(unitModule, Map.of(), FIXTURES.indicator(type, params)));
        if (severity == null) {
            assertTrue(found.isEmpty(), found.toString());
            return;
        }
        assertEquals(1, found.size(), found.toString());
        assertEquals(severity, found.get(0).severity());
        assertTrue(found.get(0).message().contains(words), found.get(0).message());
    }

    /** The check and the types' validation give one answer on the same target: both refuse, or neither. */
    @ParameterizedTest(name = "target {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {-5, 0, 1, 50, 100, 101, 120})
    void agreesWithTheTypesValidation(int target) {
        for (it.albero.api.spi.IndicatorType type : List.of(new BudgetCappedRequestsType(),
                new ApplicationsEvaluatedType())) {
            var ind = FIXTURES.indicator(type.id(), Values.of("target", target));
            List<String> invalid = type.validate(ind);
            List<Finding> found = new PercentTargetsCheck().check(FIXTURES.checkContext("welfare", Map.of(), ind));
            assertEquals(!invalid.isEmpty(), !found.isEmpty(), type.id() + ": " + invalid + " / " + found);
            found.forEach(f -> assertEquals(Severity.ERRORE, f.severity(), f.toString()));
        }
    }
}
