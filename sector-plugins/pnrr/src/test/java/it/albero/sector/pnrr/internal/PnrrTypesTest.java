package it.albero.sector.pnrr.internal;

import static it.albero.testing.TypeFixtures.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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

class PnrrTypesTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("MAN", "Settore Manutenzione");

    private static Values stage(String fase, Integer numero, String due) {
        return numero == null ? Values.of(Map.of("fase", fase, "scadenza", due))
                : Values.of(Map.of("fase", fase, "numero", numero, "scadenza", due));
    }

    private static final Values WORKS = Values.of("fasi", List.of(
            stage("aggiudicazione", null, "2025-06-30"), stage("sal", 1, "2025-09-30"), stage("fine-lavori", null, "2025-12-31")));

    static Stream<Arguments> rows() {
        IndicatorType milestone = new MilestoneTargetType();
        IndicatorType works = new WorksStagesType();
        IndicatorType funding = new FundingType();
        return Stream.of(
                Arguments.of("milestone in tempo", milestone, Values.of("tipo", "milestone", "scadenza", "2025-12-31",
                        "descrizione", "rendicontazione annualità 2025"), "2026-01-10",
                        List.of(FIXTURES.m("2025-11-30", "atto", "Determina n. 12 del 30/11/2025")), Status.RAGGIUNTO, 1.0,
                        "Milestone (rendicontazione annualità 2025) conseguita il 30/11/2025 (Determina n. 12 del 30/11/2025), entro la scadenza del 31/12/2025."),
                Arguments.of("milestone in ritardo", milestone, Values.of("tipo", "milestone", "scadenza", "2025-06-30"), "2025-08-01",
                        List.of(FIXTURES.m("2025-07-15", "atto", "verbale")), Status.NON_RAGGIUNTO, 0.0, "oltre la scadenza PNRR del 30/06/2025"),
                Arguments.of("milestone non ancora dovuta", milestone, Values.of("tipo", "milestone", "scadenza", "2025-12-31"), "2025-05-01",
                        List.of(), Status.NON_ANCORA_DOVUTO, null, "scadenza 31/12/2025"),
                Arguments.of("target: valore dopo la scadenza non conta", milestone, Values.of("tipo", "target", "scadenza", "2025-12-31",
                        "valore_atteso", 4, "unita", "dispositivi"), "2026-02-01",
                        List.of(FIXTURES.m("2025-10-01", "valore", 3), FIXTURES.m("2026-01-20", "valore", 4)), Status.PARZIALMENTE_RAGGIUNTO, 0.75,
                        "Target: 3 dispositivi su 4 dispositivi attesi entro il 31/12/2025 (4 al 20/01/2026, oltre la scadenza: non conteggiati)."),
                Arguments.of("fasi lavori: tutte nei tempi", works, WORKS, "2026-01-05",
                        List.of(FIXTURES.m("2025-05-12", "fase", "aggiudicazione"), FIXTURES.m("2025-09-20", "fase", "sal", "numero", 1),
                                FIXTURES.m("2025-12-18", "fase", "fine-lavori")), Status.RAGGIUNTO, 1.0,
                        "3 fasi su 3 concluse nei tempi e in ordine (aggiudicazione 12/05/2025, SAL n. 1 20/09/2025, fine lavori 18/12/2025)."),
                Arguments.of("fasi lavori: SAL in ritardo, fine lavori mancante", works, WORKS, "2026-01-05",
                        List.of(FIXTURES.m("2025-05-12", "fase", "aggiudicazione"), FIXTURES.m("2025-10-20", "fase", "sal", "numero", 1)),
                        Status.NON_RAGGIUNTO, 1.0 / 3,
                        "SAL n. 1 il 20/10/2025, oltre la scadenza del 30/09/2025; fine lavori non registrata (scadenza 31/12/2025)."),
                Arguments.of("fasi lavori: ordine non rispettato", works, WORKS, "2025-10-01",
                        List.of(FIXTURES.m("2025-06-01", "fase", "sal", "numero", 1), FIXTURES.m("2025-06-20", "fase", "aggiudicazione")),
                        Status.IN_CORSO, 1.0 / 3, "SAL n. 1 il 01/06/2025 prima di aggiudicazione (20/06/2025): ordine non rispettato"),
                Arguments.of("finanziamento parziale", funding, Values.of("importo_atteso", 252118), "2025-12-31",
                        List.of(FIXTURES.m("2025-10-01", "importo", 200000)), Status.PARZIALMENTE_RAGGIUNTO, 200000.0 / 252118,
                        "€ 200.000 erogati su € 252.118 attesi: 79,3% (1 erogazione)."),
                Arguments.of("finanziamento in due tranche", funding, Values.of("importo_atteso", 280932), "2025-12-31",
                        List.of(FIXTURES.m("2025-02-01", "importo", 140466), FIXTURES.m("2025-03-01", "importo", 140466)), Status.RAGGIUNTO, 1.0,
                        "€ 280.932 erogati su € 280.932 attesi: 100% (2 erogazioni)."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
            Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new MilestoneTargetType(), Values.of("tipo", "target", "scadenza", "2025-12-31"), "valore_atteso"),
                Arguments.of(new MilestoneTargetType(), Values.of("tipo", "obiettivo", "scadenza", "2025-12-31"), "deve essere uno tra"),
                Arguments.of(new WorksStagesType(), Values.of("fasi", List.of(stage("fine-lavori", null, "2025-06-30"),
                        stage("aggiudicazione", null, "2025-07-30"))), "l'ordine è aggiudicazione"),
                Arguments.of(new WorksStagesType(), Values.of("fasi", List.of(stage("aggiudicazione", null, "2025-06-30"),
                        stage("sal", 1, "2025-03-30"))), "precede quella di 'aggiudicazione'"),
                Arguments.of(new WorksStagesType(), Values.of("fasi", List.of(stage("collaudo", null, "2025-06-30"))), "sconosciuta"),
                Arguments.of(new FundingType(), Values.of("importo_atteso", 0), "positivo"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadParameters(IndicatorType type, Values params, String words) {
        List<String> problems = type.validate(FIXTURES.indicator(type.id(), params));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }
}
