package it.albero.sector.welfare.internal;

import static it.albero.testing.TypeFixtures.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.IndicatorType;
import it.albero.testing.TypeFixtures;

class WelfareTypesTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("WEL", "Settore Welfare");

    static Stream<Arguments> rows() {
        IndicatorType requests = new BudgetCappedRequestsType();
        IndicatorType applications = new ApplicationsEvaluatedType();
        return Stream.of(
                Arguments.of("richieste: sotto il target, bilancio disponibile", requests, Values.of("target", 90), "2025-12-31",
                        List.of(FIXTURES.m("2025-12-20", "richieste", 50, "soddisfatte", 40, "budget", 60000, "spesa", 48000)),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.8 / 0.9, "40 richieste soddisfatte su 50 pervenute: 80% contro un target del 90%."),
                Arguments.of("richieste: bilancio esaurito, la capacità finanziata limita il target", requests, Values.of("target", 90), "2025-12-31",
                        List.of(FIXTURES.m("2025-12-20", "richieste", 52, "soddisfatte", 40, "budget", 48000, "spesa", 48000, "capacita_finanziata", 40)),
                        Status.RAGGIUNTO, 1.0, "40 richieste soddisfatte su 52 pervenute (76,9%); risorse di bilancio esaurite (spesa € 48.000 su € 48.000): la capacità finanziata di 40 richieste limita il target del 90% (46,8 richieste) a 40: 100% del target raggiungibile."),
                Arguments.of("richieste: bilancio esaurito senza capacità, 1 su 52 non è il 100%", requests, Values.of("target", 90), "2025-12-31",
                        List.of(FIXTURES.m("2025-12-20", "richieste", 52, "soddisfatte", 1, "budget", 48000, "spesa", 48000)),
                        Status.NON_RAGGIUNTO, (1.0 / 52) / 0.9, "1 richiesta soddisfatta su 52 pervenute: 1,9% contro un target del 90%; risorse di bilancio esaurite (spesa € 48.000 su € 48.000), ma senza la capacità finanziata il target non si riduce"),
                Arguments.of("richieste: capacità finanziata raggiunta", requests, Values.of("target", 90), "2025-12-31",
                        List.of(FIXTURES.m("2025-12-20", "richieste", 60, "soddisfatte", 45, "capacita_finanziata", 45)),
                        Status.RAGGIUNTO, 1.0, "la capacità finanziata di 45 richieste limita il target del 90% (54 richieste) a 45: 100% del target raggiungibile."),
                Arguments.of("richieste: la capacità limita il target anche se non ancora esaurita", requests, Values.of("target", 90), "2025-12-31",
                        List.of(FIXTURES.m("2025-12-20", "richieste", 60, "soddisfatte", 30, "capacita_finanziata", 45)),
                        Status.PARZIALMENTE_RAGGIUNTO, 30.0 / 45, "30 richieste soddisfatte su 60 pervenute (50%); la capacità finanziata"),
                Arguments.of("richieste: capacità sopra il target, conta il target", requests, Values.of("target", 90), "2025-12-31",
                        List.of(FIXTURES.m("2025-12-20", "richieste", 60, "soddisfatte", 48, "capacita_finanziata", 58)),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.8 / 0.9, "48 richieste soddisfatte su 60 pervenute: 80% contro un target del 90%."),
                Arguments.of("richieste: rilevazione incoerente", requests, Values.of("target", 90), "2025-12-31",
                        List.of(FIXTURES.m("2025-12-20", "richieste", 5, "soddisfatte", 6)), Status.ERRORE, null, "incoerente"),
                Arguments.of("richieste: prima della scadenza", requests, Values.of("target", 90), "2025-06-30",
                        List.of(FIXTURES.m("2025-06-20", "richieste", 10, "soddisfatte", 8)), Status.IN_CORSO, 0.8 / 0.9, "8 richieste"),
                Arguments.of("richieste: nessuna rilevazione dopo la scadenza", requests, Values.of("target", 90), "2026-01-10",
                        List.of(), Status.DATI_MANCANTI, null, "Nessuna rilevazione"),
                Arguments.of("domande: tutte valutate", applications, Values.of("avviso", "sostegno alla locazione"), "2025-12-31",
                        List.of(FIXTURES.m("2025-11-20", "presentate", 40, "valutate", 40, "idonee", 31)), Status.RAGGIUNTO, 1.0,
                        "40 domande valutate su 40 presentate (sostegno alla locazione): 100% contro un target del 100%; idonee 31."),
                Arguments.of("domande: valutazione incompleta", applications, Values.empty(), "2025-12-31",
                        List.of(FIXTURES.m("2025-11-20", "presentate", 40, "valutate", 30)), Status.PARZIALMENTE_RAGGIUNTO, 0.75, "30 domande valutate su 40"),
                Arguments.of("domande: idonee più delle valutate", applications, Values.empty(), "2025-12-31",
                        List.of(FIXTURES.m("2025-11-20", "presentate", 40, "valutate", 30, "idonee", 35)), Status.ERRORE, null, "incoerente"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
            Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new BudgetCappedRequestsType(), Values.empty(), "manca 'target'"),
                Arguments.of(new BudgetCappedRequestsType(), Values.of("target", 120), "tra 0 e 100%"),
                Arguments.of(new ApplicationsEvaluatedType(), Values.of("target", 0), "sempre raggiunto"),
                Arguments.of(new BudgetCappedRequestsType(), Values.of("target", 0), "sempre raggiunto"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadParameters(IndicatorType type, Values params, String words) {
        List<String> problems = type.validate(FIXTURES.indicator(type.id(), params));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }
}
