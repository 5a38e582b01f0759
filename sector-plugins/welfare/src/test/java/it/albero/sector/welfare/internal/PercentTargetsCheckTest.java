package it.albero.sector.welfare.internal;

import static it.albero.sector.welfare.internal.Fixtures.checkContext;
import static it.albero.sector.welfare.internal.Fixtures.indicator;
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

class PercentTargetsCheckTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("rapporto al 90%", "welfare", "rapporto", Values.of("target", 90), null, ""),
                Arguments.of("rapporto al 120%", "welfare", "rapporto", Values.of("target", 120), Severity.ERRORE, "fuori dall'intervallo 0-100%"),
                Arguments.of("target negativo", "welfare", "rapporto", Values.of("target", -5), Severity.ERRORE, "-5%"),
                Arguments.of("target 0%", "welfare", "rapporto", Values.of("target", 0), Severity.AVVISO, "sempre raggiunto"),
                Arguments.of("altra unità, tipo generico: ignorato", "entrate", "rapporto", Values.of("target", 150), null, ""),
                Arguments.of("tipo del modulo in altra unità", "entrate", BudgetCappedRequestsType.ID, Values.of("target", 150), Severity.ERRORE, "150%"),
                Arguments.of("target non numerico", "welfare", "rapporto", Values.of("target", "tanti"), Severity.ERRORE, "non numerico"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void finds(String name, String unitModule, String type, Values params, Severity severity, String words) {
        List<Finding> found = new PercentTargetsCheck().check(checkContext(unitModule, Map.of(), indicator(type, params)));
        if (severity == null) {
            assertTrue(found.isEmpty(), found.toString());
            return;
        }
        assertEquals(1, found.size(), found.toString());
        assertEquals(severity, found.get(0).severity());
        assertTrue(found.get(0).message().contains(words), found.get(0).message());
    }
}
