package it.albero.sector.pianodizona.internal;

import static it.albero.testing.TypeFixtures.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.ScoringPolicy;
import it.albero.api.spi.Severity;
import it.albero.testing.TypeFixtures;

class PianoDiZonaTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("PDZ", "Piano di Zona");

    private static final Values DECL_2025 = Values.of("declinazioni", List.of(
            Map.of("anno", 2025, "risultato", "schede Prj 1 e Prj 2"), Map.of("anno", 2026, "risultato", "...")));

    static Stream<Arguments> rows() {
        IndicatorType tables = new TablesType();
        IndicatorType participation = new ParticipationType();
        IndicatorType taken = new TakenInChargeType();
        IndicatorType macro = new MacroObjectiveType();
        return Stream.of(
                Arguments.of("tavoli: 2 attivi, 2 incontri ciascuno", tables, Values.of("tavoli_min", 2, "incontri_per_tavolo", 2), "2025-12-31",
                        List.of(FIXTURES.m("2025-06-10", "tavolo", "Disabilità"), FIXTURES.m("2025-07-10", "tavolo", "Povertà", "incontri", 2),
                                FIXTURES.m("2025-10-10", "tavolo", "Disabilità")), Status.RAGGIUNTO, 1.0,
                        "2 tavoli attivi (min. 2); 2 su 2 con almeno 2 incontri."),
                Arguments.of("tavoli: uno con un solo incontro", tables, Values.of("tavoli_min", 2, "incontri_per_tavolo", 2), "2025-12-31",
                        List.of(FIXTURES.m("2025-06-10", "tavolo", "Disabilità", "incontri", 3), FIXTURES.m("2025-07-10", "tavolo", "Povertà")),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.5, "1 su 2 con almeno 2 incontri (Povertà: 1 incontro)"),
                Arguments.of("tavoli: uno solo attivo", tables, Values.of("tavoli_min", 2), "2025-12-31",
                        List.of(FIXTURES.m("2025-06-10", "tavolo", "Disabilità")), Status.PARZIALMENTE_RAGGIUNTO, 0.5, "1 tavolo attivo (min. 2)."),
                Arguments.of("gruppi di supervisione: 6 incontri per gruppo", tables, Values.of("incontri_per_tavolo", 6), "2025-12-31",
                        List.of(FIXTURES.m("2025-06-10", "tavolo", "Gruppo A", "incontri", 6), FIXTURES.m("2025-06-10", "tavolo", "Gruppo B", "incontri", 4)),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.5, "Gruppo B: 4 incontri"),
                Arguments.of("partecipazione sopra il 70%", participation, Values.of("target", 70), "2025-12-31",
                        List.of(FIXTURES.m("2025-06-30", "promossi", 6, "partecipati", 5), FIXTURES.m("2025-12-15", "promossi", 4, "partecipati", 3)),
                        Status.RAGGIUNTO, 1.0, "8 incontri partecipati su 10 promossi: 80% contro un target del 70%."),
                Arguments.of("partecipazione sotto il 70%", participation, Values.of("target", 70), "2025-12-31",
                        List.of(FIXTURES.m("2025-06-30", "promossi", 10, "partecipati", 5)), Status.PARZIALMENTE_RAGGIUNTO, 0.5 / 0.7, "50%"),
                Arguments.of("partecipazione incoerente", participation, Values.of("target", 70), "2025-12-31",
                        List.of(FIXTURES.m("2025-06-30", "promossi", 2, "partecipati", 3)), Status.ERRORE, null, "incoerente"),
                Arguments.of("famiglie prese in carico", taken, Values.of("soglia", 10, "destinatari", "famiglie"), "2025-12-31",
                        List.of(FIXTURES.m("2024-12-01", "prese_in_carico", 4), FIXTURES.m("2025-03-01", "prese_in_carico", 6),
                                FIXTURES.m("2025-09-01", "prese_in_carico", 2, "dimissioni", 1)), Status.PARZIALMENTE_RAGGIUNTO, 0.8,
                        "8 famiglie prese in carico nel 2025 su 10 previste (1 casi chiusi)."),
                Arguments.of("macro-obiettivo: completamento registrato", macro, DECL_2025, "2025-12-31",
                        List.of(FIXTURES.m("2025-12-20", "completamento", 100)), Status.RAGGIUNTO, 1.0,
                        "Declinazione 2025 (schede Prj 1 e Prj 2): completata al 100% al 20/12/2025."),
                Arguments.of("macro-obiettivo senza declinazione per l'anno", macro,
                        Values.of("declinazioni", List.of(Map.of("anno", 2026))), "2025-12-31",
                        List.of(), Status.DATI_MANCANTI, null, "non ha una declinazione per il 2025"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
            Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    @Test
    void macroObjectiveAveragesItsComponents() {
        Indicator ind = FIXTURES.indicator(MacroObjectiveType.ID, DECL_2025.with("componenti", List.of("PDZ-02.1", "PDZ-02.2", "PDZ-02.3")));
        Map<String, Evaluation> comps = Map.of("PDZ-02.1", Evaluation.of(1, Status.RAGGIUNTO, ""),
                "PDZ-02.2", Evaluation.of(0.5, Status.PARZIALMENTE_RAGGIUNTO, ""));
        Evaluation e = new MacroObjectiveType().evaluate(new EvaluationContext() {
            public Indicator indicator() { return ind; }
            public List<Measurement> measurements() { return List.of(); }
            public LocalDate asOf() { return LocalDate.of(2025, 12, 31); }
            public int referenceYear() { return 2025; }
            public ScoringPolicy scoring() { return TypeFixtures.SCORING; }
            public Optional<Evaluation> evaluationOf(String code) { return Optional.ofNullable(comps.get(code)); }
        });
        assertEquals(0.75, e.score(), 1e-9);
        assertTrue(e.explanation().contains("2 indicatori su 3 valutati, punteggio medio 75%"), e.explanation());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new TablesType(), Values.empty(), "indicare 'tavoli_min'"),
                Arguments.of(new ParticipationType(), Values.of("target", 170), "tra 0 e 100%"),
                Arguments.of(new TakenInChargeType(), Values.of("soglia", 10, "destinatari", "gatti"), "deve essere uno tra"),
                Arguments.of(new MacroObjectiveType(), Values.of("declinazioni", List.of(Map.of("risultato", "x"))), "indicare l'anno"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadParameters(IndicatorType type, Values params, String words) {
        List<String> problems = type.validate(FIXTURES.indicator(type.id(), params));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }

    static Stream<Arguments> declinations() {
        return Stream.of(
                Arguments.of("declinazione 2025 presente", DECL_2025, null, ""),
                Arguments.of("manca il 2025", Values.of("declinazioni", List.of(Map.of("anno", 2026))), Severity.ERRORE,
                        "non ha la declinazione per l'anno di riferimento 2025"),
                Arguments.of("anno fuori dal triennio", Values.of("declinazioni", List.of(Map.of("anno", 2025), Map.of("anno", 2028))),
                        Severity.AVVISO, "fuori dal triennio del piano (2025-2027)"),
                Arguments.of("anno ripetuto", Values.of("declinazioni", List.of(Map.of("anno", 2025), Map.of("anno", 2025))),
                        Severity.AVVISO, "Più declinazioni per l'anno 2025"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declinations")
    void yearlyDeclinationCheck(String name, Values params, Severity severity, String words) {
        List<Finding> found = new YearlyDeclinationCheck().check(FIXTURES.checkContext("piano-di-zona", Map.of(),
                FIXTURES.indicator(MacroObjectiveType.ID, params)));
        if (severity == null) {
            assertTrue(found.isEmpty(), found.toString());
            return;
        }
        assertEquals(1, found.size(), found.toString());
        assertEquals(severity, found.get(0).severity());
        assertTrue(found.get(0).message().contains(words), found.get(0).message());
    }
}
