package it.albero.sector.polizialocale.internal;

import static it.albero.testing.TypeFixtures.window;
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

class WindowsCheckTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("PL", "Polizia Locale");

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("finestra nell'anno", "polizia-locale", "conteggio",
                        Values.of("soglia", 5, "finestra", window("2025-05-01", "2025-09-30")), null, ""),
                Arguments.of("finestra a cavallo d'anno", "polizia-locale", "zero-eventi",
                        Values.of("finestra", window("2025-12-15", "2026-01-06")), Severity.ERRORE, "esce dall'anno"),
                Arguments.of("altra unità con tipo generico: non controllata", "welfare", "zero-eventi",
                        Values.of("finestra", window("2024-12-15", "2025-01-06")), null, ""),
                Arguments.of("tipo del modulo in altra unità: controllato", "welfare", PatrolsType.ID,
                        Values.of("per_settimana", 3, "finestra", window("2026-05-01", "2026-09-30")), Severity.ERRORE, "esce dall'anno"),
                Arguments.of("soglia complessiva già implicata", "polizia-locale", PatrolsType.ID,
                        Values.of("per_settimana", 3, "finestra", window("2025-05-01", "2025-09-30"), "soglia", 50, "confronto", ">"),
                        Severity.INFO, "3 × 22 settimane = 66"),
                Arguments.of("soglia complessiva più alta: coerente", "polizia-locale", PatrolsType.ID,
                        Values.of("per_settimana", 2, "finestra", window("2025-05-01", "2025-09-30"), "soglia", 50), null, ""),
                Arguments.of("periodo senza settimane", "polizia-locale", PatrolsType.ID,
                        Values.of("per_settimana", 2, "finestra", window("2025-05-05", "2025-05-07"), "soglia", 5),
                        Severity.ERRORE, "nessuna settimana"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void finds(String name, String unitModule, String type, Values params, Severity severity, String words) {
        List<Finding> found = new WindowsCheck().check(FIXTURES.checkContext(unitModule, Map.of(), FIXTURES.indicator(type, params)));
        if (severity == null) {
            assertTrue(found.isEmpty(), found.toString());
            return;
        }
        assertEquals(1, found.size(), found.toString());
        assertEquals(severity, found.get(0).severity());
        assertEquals("PL-01.1", found.get(0).location());
        assertTrue(found.get(0).message().contains(words), found.get(0).message());
    }
}
