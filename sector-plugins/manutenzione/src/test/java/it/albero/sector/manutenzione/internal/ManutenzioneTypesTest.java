package it.albero.sector.manutenzione.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.IndicatorType;
import it.albero.testing.TypeFixtures;

class ManutenzioneTypesTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("MAN", "Settore Manutenzione, Progettazione e PNRR");

    static Values stage(String fase, Integer numero, String due) {
        return numero == null ? Values.of(Map.of("fase", fase, "scadenza", due))
                : Values.of(Map.of("fase", fase, "numero", numero, "scadenza", due));
    }

    static Values stages(Values... s) {
        return Values.of("fasi", List.of((Object[]) s));
    }

    static Stream<Arguments> rows() {
        IndicatorType works = new WorksStagesType();
        IndicatorType cer = new EnergyCommunityType();
        // MAN-09: "Approvazione del SAL n.01" (2 trim), "Verbale di fine lavori" (3 trim), "Approvazione del CRE" (4 trim)
        Values man09 = stages(stage("sal", 1, "2025-06-30"), stage("fine-lavori", null, "2025-09-30"), stage("cre", null, "2025-12-31"));
        // MAN-21: "Caricamento istanza su Bandi Online" (2 trim), "Statuto approvato in CC" (annuale)
        Values man21 = stages(stage("istanza-bando", null, "2025-06-30"), stage("statuto", null, "2025-12-31"));
        return Stream.of(
                Arguments.of("opera: SAL, fine lavori e CRE nei tempi", works, man09, "2026-01-10",
                        List.of(FIXTURES.m("2025-06-12", "fase", "sal", "numero", 1, "atto", "Determina n. 301"),
                                FIXTURES.m("2025-09-25", "fase", "fine-lavori"), FIXTURES.m("2025-12-05", "fase", "cre")),
                        Status.RAGGIUNTO, 1.0, "3 fasi su 3 concluse nei tempi e in ordine (SAL n. 1 12/06/2025, fine lavori"
                                + " 25/09/2025, certificato di regolare esecuzione 05/12/2025)."),
                Arguments.of("opera: fine lavori registrata, CRE da emettere", works, man09, "2025-10-15",
                        List.of(FIXTURES.m("2025-06-12", "fase", "sal", "numero", 1), FIXTURES.m("2025-09-25", "fase", "fine-lavori")),
                        Status.IN_CORSO, 2.0 / 3, "2 fasi su 3 concluse nei tempi e in ordine (SAL n. 1 12/06/2025, fine lavori"
                                + " 25/09/2025); CRE da emettere entro 3 mesi dalla fine lavori: entro il 25/12/2025."),
                Arguments.of("opera: CRE mancante a fine anno", works, man09, "2026-01-10",
                        List.of(FIXTURES.m("2025-06-12", "fase", "sal", "numero", 1), FIXTURES.m("2025-09-25", "fase", "fine-lavori")),
                        Status.PARZIALMENTE_RAGGIUNTO, 2.0 / 3, "certificato di regolare esecuzione non registrata (scadenza"
                                + " 31/12/2025); CRE non emesso entro 3 mesi dalla fine lavori (scaduti il 25/12/2025)."),
                Arguments.of("opera: SAL registrato dopo la fine lavori", works, man09, "2025-10-15",
                        List.of(FIXTURES.m("2025-09-10", "fase", "fine-lavori"), FIXTURES.m("2025-09-20", "fase", "sal", "numero", 1)),
                        Status.IN_CORSO, 0.0, "fine lavori il 10/09/2025 prima di SAL n. 1 (20/09/2025): ordine non rispettato"),
                Arguments.of("opera: aggiudicazione in ritardo (MAN-01.1)", works, stages(stage("aggiudicazione", null, "2025-06-30")),
                        "2025-08-01", List.of(FIXTURES.m("2025-07-20", "fase", "aggiudicazione")), Status.NON_RAGGIUNTO, 0.0,
                        "aggiudicazione il 20/07/2025, oltre la scadenza del 30/06/2025"),
                Arguments.of("opera: nessuna fase prima della scadenza", works, man09, "2025-05-01", List.of(),
                        Status.NON_ANCORA_DOVUTO, null, "scadenza 31/12/2025"),
                Arguments.of("CER: istanza e statuto", cer, man21, "2026-01-10",
                        List.of(FIXTURES.m("2025-06-20", "fase", "istanza-bando", "atto", "istanza n. 12345 su Bandi Online"),
                                FIXTURES.m("2025-11-28", "fase", "statuto", "potenza_kw", 180, "membri", 35)),
                        Status.RAGGIUNTO, 1.0, "2 fasi su 2 concluse nei tempi e in ordine (istanza sul bando 20/06/2025, statuto"
                                + " approvato in Consiglio 28/11/2025); impianti per 180 kW; 35 membri."),
                Arguments.of("CER: statuto prima dell'istanza", cer, man21, "2026-01-10",
                        List.of(FIXTURES.m("2025-05-20", "fase", "statuto"), FIXTURES.m("2025-06-20", "fase", "istanza-bando")),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.5, "statuto approvato in Consiglio il 20/05/2025 prima di istanza sul bando"
                                + " (20/06/2025): ordine non rispettato"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
                   Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new WorksStagesType(), stages(stage("cre", null, "2025-06-30"), stage("fine-lavori", null, "2025-09-30")),
                        "la fase 'fine lavori' è prevista prima di 'certificato di regolare esecuzione'"),
                Arguments.of(new WorksStagesType(), stages(stage("collaudo", null, "2025-06-30")), "fase 'collaudo' sconosciuta"),
                Arguments.of(new WorksStagesType(), Values.of("fasi", List.of()), "nessuna fase prevista"),
                Arguments.of(new EnergyCommunityType(), stages(stage("statuto", null, "2025-06-30"), stage("istanza-bando", null,
                        "2025-09-30")), "la fase 'istanza sul bando' è prevista prima di 'statuto approvato in Consiglio'"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadParameters(IndicatorType type, Values params, String words) {
        List<String> problems = type.validate(FIXTURES.indicator(type.id(), params));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }
}
