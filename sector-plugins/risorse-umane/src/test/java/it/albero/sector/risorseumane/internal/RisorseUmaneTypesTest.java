package it.albero.sector.risorseumane.internal;

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

class RisorseUmaneTypesTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("RU", "Ufficio Centrale Organizzazione e Risorse Umane");

    static Values phase(String fase, String due) {
        return Values.of(Map.of("fase", fase, "scadenza", due));
    }

    static Stream<Arguments> rows() {
        IndicatorType hiring = new HiringPlanType();
        IndicatorType syllabus = new SyllabusTrainingType();
        IndicatorType bargaining = new BargainingType();
        // RU-01.1: "Numero assunzioni effettuato/numero assunzioni previsto in esecuzione del piano 2025-2027", 70%
        Values ru01 = Values.of("target", 70);
        // RU-05.1: "almeno un livello di formazione ... per il 75% dei dipendenti coinvolti"
        Values ru05 = Values.of("target", 75);
        // RU-02.1: "Stipula del CCI ... o, in alternativa, adozione dell'Atto Unilaterale; determinazione di costituzione del Fondo"
        Values ru02 = Values.of("scadenza", "2025-12-31");
        return Stream.of(
                Arguments.of("7 assunzioni su 10: il 70% richiesto", hiring, ru01, "2026-01-10",
                        List.of(FIXTURES.m("2025-12-15", "previste", 10, "assunte", 7, "mobilita", 2, "graduatorie", 3, "concorsi", 2)),
                        Status.RAGGIUNTO, 1.0, "7 assunzioni effettuate su 10 previste dal piano dei fabbisogni: 70% contro un"
                                + " target del 70% (mobilità 2, graduatorie di altri enti 3, concorsi 2)."),
                Arguments.of("5 su 10 a fine anno", hiring, ru01, "2026-01-10",
                        List.of(FIXTURES.m("2025-12-15", "previste", 10, "assunte", 5)), Status.PARZIALMENTE_RAGGIUNTO, 0.5 / 0.7,
                        "5 assunzioni effettuate su 10 previste dal piano dei fabbisogni: 50% contro un target del 70%."),
                Arguments.of("1 su 10 a giugno: in corso, a rischio", hiring, ru01, "2025-06-30",
                        List.of(FIXTURES.m("2025-06-30", "previste", 10, "assunte", 1)), Status.IN_CORSO, 0.1 / 0.7, "1 assunzione effettuata su 10"),
                Arguments.of("oltre il piano dei fabbisogni", hiring, ru01, "2025-06-30",
                        List.of(FIXTURES.m("2025-06-30", "previste", 4, "assunte", 5)), Status.ERRORE, null,
                        "5 assunzioni effettuate oltre le 4 previste dal piano dei fabbisogni, che va prima aggiornato"),
                Arguments.of("canali oltre le assunzioni", hiring, ru01, "2025-06-30",
                        List.of(FIXTURES.m("2025-06-30", "previste", 10, "assunte", 3, "concorsi", 4)), Status.ERRORE, null,
                        "4 assunzioni per canale su 3 effettuate"),
                Arguments.of("nessuna assunzione prevista", hiring, ru01, "2026-01-10",
                        List.of(FIXTURES.m("2025-12-15", "previste", 0, "assunte", 0)), Status.RAGGIUNTO, 1.0, "Nessuna assunzione prevista"),
                Arguments.of("Syllabus: 12 su 16, tutti i nuovi abilitati", syllabus, ru05, "2026-01-10",
                        List.of(FIXTURES.m("2025-12-20", "coinvolti", 16, "livello_conseguito", 12, "nuovi_dipendenti", 16)),
                        Status.RAGGIUNTO, 1.0, "12 dipendenti su 16 coinvolti hanno conseguito almeno un livello oltre quello di"
                                + " accesso (Syllabus): 75% contro un target del 75%; abilitati tutti i 16 nuovi dipendenti."),
                Arguments.of("Syllabus: non tutti i nuovi abilitati", syllabus, ru05, "2026-01-10",
                        List.of(FIXTURES.m("2025-12-20", "coinvolti", 12, "livello_conseguito", 12, "nuovi_dipendenti", 16)),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.75, "abilitati 12 nuovi dipendenti su 16: non tutti"),
                Arguments.of("Syllabus: 5 su 16", syllabus, ru05, "2026-01-10",
                        List.of(FIXTURES.m("2025-12-20", "coinvolti", 16, "livello_conseguito", 5)), Status.NON_RAGGIUNTO, 5.0 / 16 / 0.75,
                        "5 dipendenti su 16 coinvolti hanno conseguito almeno un livello oltre quello di accesso (Syllabus): 31,3%"),
                Arguments.of("Syllabus incoerente", syllabus, ru05, "2026-01-10",
                        List.of(FIXTURES.m("2025-12-20", "coinvolti", 6, "livello_conseguito", 7)), Status.ERRORE, null, "incoerente"),
                Arguments.of("contrattazione completa in ordine", bargaining, ru02, "2026-01-10",
                        List.of(FIXTURES.m("2025-04-15", "fase", "costituzione-fondo", "atto", "Determina n. 210 del 15/04/2025"),
                                FIXTURES.m("2025-07-10", "fase", "ipotesi"), FIXTURES.m("2025-09-05", "fase", "certificazione"),
                                FIXTURES.m("2025-11-20", "fase", "sottoscrizione")), Status.RAGGIUNTO, 1.0,
                        "4 fasi su 4 concluse nei tempi e in ordine (costituzione del fondo 15/04/2025, ipotesi di contratto 10/07/2025,"
                                + " certificazione dei revisori 05/09/2025, sottoscrizione definitiva 20/11/2025)."),
                Arguments.of("atto unilaterale in alternativa al CCI", bargaining, ru02, "2026-01-10",
                        List.of(FIXTURES.m("2025-04-15", "fase", "costituzione-fondo"), FIXTURES.m("2025-10-01", "fase", "atto-unilaterale")),
                        Status.RAGGIUNTO, 1.0, "2 fasi su 2 concluse nei tempi e in ordine (costituzione del fondo 15/04/2025, atto unilaterale 01/10/2025)."),
                Arguments.of("sottoscrizione prima della certificazione", bargaining, ru02, "2026-01-10",
                        List.of(FIXTURES.m("2025-04-15", "fase", "costituzione-fondo"), FIXTURES.m("2025-07-10", "fase", "ipotesi"),
                                FIXTURES.m("2025-09-05", "fase", "sottoscrizione"), FIXTURES.m("2025-09-20", "fase", "certificazione")),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.75, "sottoscrizione definitiva il 05/09/2025 prima di certificazione dei"
                                + " revisori (20/09/2025): ordine non rispettato"),
                Arguments.of("solo il fondo a fine anno", bargaining, ru02, "2026-01-10",
                        List.of(FIXTURES.m("2025-04-15", "fase", "costituzione-fondo")), Status.NON_RAGGIUNTO, 0.25,
                        "ipotesi di contratto non registrata (scadenza 31/12/2025)"),
                Arguments.of("fasi con scadenze proprie, fondo in ritardo", bargaining, Values.of("fasi", List.of(
                        phase("costituzione-fondo", "2025-03-31"), phase("sottoscrizione", "2025-12-31"))), "2025-06-30",
                        List.of(FIXTURES.m("2025-04-15", "fase", "costituzione-fondo")), Status.IN_CORSO, 0.0,
                        "costituzione del fondo il 15/04/2025, oltre la scadenza del 31/03/2025"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
                   Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new HiringPlanType(), Values.of("target", 120), "il target deve essere tra 0 e 100%"),
                Arguments.of(new SyllabusTrainingType(), Values.of("target", 0), "il target 0% è sempre raggiunto"),
                Arguments.of(new BargainingType(), Values.of("fasi", List.of(phase("sottoscrizione", "2025-06-30"),
                        phase("costituzione-fondo", "2025-09-30"))), "la fase 'costituzione del fondo' è prevista prima di"
                        + " 'sottoscrizione definitiva'"),
                Arguments.of(new BargainingType(), Values.of("fasi", List.of(phase("preintesa", "2025-06-30"))),
                        "fase 'preintesa' sconosciuta"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadParameters(IndicatorType type, Values params, String words) {
        List<String> problems = type.validate(FIXTURES.indicator(type.id(), params));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }
}
