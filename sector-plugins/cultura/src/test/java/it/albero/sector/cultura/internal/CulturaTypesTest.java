package it.albero.sector.cultura.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.Finding;
import it.albero.api.spi.IndicatorType;
import it.albero.testing.TypeFixtures;

class CulturaTypesTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("CUL", "Settore Cultura, Istruzione e Sport");

    // CUL-04.1 "Revisione Format Rassegna cinema Estate": "Aumentare del 50% le presenze nei quartieri"
    static final Values CINEMA = Values.of("aumento", 50, "stagione", TypeFixtures.window("2025-06-01", "2025-09-30"));
    // a school year, across the calendar year
    static final Values SCHOOL_YEAR = Values.of("soglia", 2, "stagione", TypeFixtures.window("2025-09-01", "2026-06-30"));

    static Stream<Arguments> rows() {
        IndicatorType attendance = new AttendanceType();
        IndicatorType initiatives = new InitiativesType();
        return Stream.of(
                Arguments.of("cinema: base dalla stagione 2024, +50% raggiunto", attendance, CINEMA, "2025-10-10",
                        List.of(FIXTURES.m("2024-07-10", "presenze", 400), FIXTURES.m("2024-08-10", "presenze", 600),
                                FIXTURES.m("2025-06-20", "presenze", 700, "evento", "Quartiere Tessera"),
                                FIXTURES.m("2025-07-20", "presenze", 800)), Status.RAGGIUNTO, 1.0,
                        "1.500 presenze in 2 eventi nella stagione 01/06/2025-30/09/2025 contro 1.000 della stagione precedente: +50%"
                                + " contro un aumento richiesto del 50% (obiettivo 1.500 presenze)."),
                Arguments.of("cinema: base nel piano, +20%", attendance, CINEMA.with("base", 1000), "2025-10-10",
                        List.of(FIXTURES.m("2025-07-20", "presenze", 1200)), Status.PARZIALMENTE_RAGGIUNTO, 0.8,
                        "1.200 presenze in 1 evento nella stagione 01/06/2025-30/09/2025 contro 1.000 della stagione precedente: +20%"),
                Arguments.of("cinema: senza base", attendance, CINEMA, "2025-10-10",
                        List.of(FIXTURES.m("2025-07-20", "presenze", 1200)), Status.DATI_MANCANTI, null,
                        "mancano le presenze della stagione precedente (01/06/2024-30/09/2024)"),
                Arguments.of("cinema: rilevazione fuori stagione", attendance, CINEMA.with("base", 1000), "2025-10-10",
                        List.of(FIXTURES.m("2025-03-31", "presenze", 1)), Status.DATI_MANCANTI, null, "Nessuna rilevazione di presenze"),
                Arguments.of("cinema: a metà stagione in corso", attendance, CINEMA.with("base", 1000), "2025-07-31",
                        List.of(FIXTURES.m("2025-06-20", "presenze", 700)), Status.IN_CORSO, 700.0 / 1500, "700 presenze"),
                Arguments.of("CUL-01.1: 4 iniziative nell'anno", initiatives, Values.of("soglia", 4), "2026-01-10",
                        List.of(FIXTURES.m("2025-02-10", "iniziativa", "Corso di fotografia", "partecipanti", 20),
                                FIXTURES.m("2025-04-10", "iniziativa", "Yoga in biblioteca", "partecipanti", 15),
                                FIXTURES.m("2025-05-10", "iniziativa", "yoga in biblioteca"),
                                FIXTURES.m("2025-09-10", "iniziativa", "Laboratorio di maglia"),
                                FIXTURES.m("2025-11-10", "iniziativa", "Cineforum")), Status.RAGGIUNTO, 1.0,
                        "4 iniziative su almeno 4 nella stagione 01/01/2025-31/12/2025: Corso di fotografia, Yoga in biblioteca,"
                                + " Laboratorio di maglia, Cineforum; partecipanti 35."),
                Arguments.of("CUL-12.1: solo con nuove realtà", initiatives, Values.of("soglia", 2, "solo_nuove_realta", "si"), "2026-01-10",
                        List.of(FIXTURES.m("2025-03-10", "iniziativa", "Torneo di padel", "nuova_realta", "si"),
                                FIXTURES.m("2025-05-10", "iniziativa", "Corsa campestre")), Status.PARZIALMENTE_RAGGIUNTO, 0.5,
                        "1 iniziativa con nuove realtà su almeno 2 nella stagione 01/01/2025-31/12/2025: Torneo di padel."),
                Arguments.of("anno scolastico settembre-giugno: in corso a gennaio", initiatives, SCHOOL_YEAR, "2026-01-15",
                        List.of(FIXTURES.m("2025-11-10", "iniziativa", "Pari opportunità: incontro con le classi terze")),
                        Status.IN_CORSO, 0.5, "1 iniziativa su almeno 2 nella stagione 01/09/2025-30/06/2026"),
                Arguments.of("anno scolastico: una iniziativa di giugno 2025 non conta", initiatives, SCHOOL_YEAR, "2026-07-01",
                        List.of(FIXTURES.m("2025-06-10", "iniziativa", "Festa di fine anno"), FIXTURES.m("2025-10-10", "iniziativa", "A"),
                                FIXTURES.m("2026-05-10", "iniziativa", "B")), Status.RAGGIUNTO, 1.0, "2 iniziative su almeno 2 nella"
                                + " stagione 01/09/2025-30/06/2026: A, B."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
                   Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new AttendanceType(), Values.of("aumento", 50, "base", 0), "la base deve essere positiva"),
                Arguments.of(new InitiativesType(), Values.of("soglia", 0), "'soglia' deve essere positiva"),
                Arguments.of(new InitiativesType(), Values.of("soglia", 2, "stagione", TypeFixtures.window("2026-06-30", "2025-09-01")),
                        "precede l'inizio"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadParameters(IndicatorType type, Values params, String words) {
        List<String> problems = type.validate(FIXTURES.indicator(type.id(), params));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }

    static Stream<Arguments> seasons() {
        return Stream.of(
                Arguments.of("presenze senza base né stagione precedente", AttendanceType.ID, CINEMA, Map.of(), List.of(
                        "avviso: Nessuna base per l'aumento delle presenze: indicare 'base' nel piano o registrare le presenze della"
                                + " stagione precedente (01/06/2024-30/09/2024).")),
                Arguments.of("presenze con la stagione precedente registrata", AttendanceType.ID, CINEMA,
                        Map.of("CUL-01.1", List.of(FIXTURES.m("2024-07-10", "presenze", 400))), List.of()),
                Arguments.of("anno scolastico a cavallo dell'anno", InitiativesType.ID, SCHOOL_YEAR, Map.of(), List.of()),
                Arguments.of("stagione di 14 mesi", InitiativesType.ID, Values.of("soglia", 2, "stagione",
                        TypeFixtures.window("2025-09-01", "2026-10-31")), Map.of(), List.of("errore: La stagione 01/09/2025-31/10/2026"
                        + " dura più di un anno.")),
                Arguments.of("stagione oltre il piano", InitiativesType.ID, Values.of("soglia", 2, "stagione",
                        TypeFixtures.window("2027-09-01", "2028-06-30")), Map.of(), List.of(
                        "errore: La stagione 01/09/2027-30/06/2028 finisce dopo l'ultimo anno del piano (2027): le sue rilevazioni non"
                                + " potrebbero essere registrate.",
                        "avviso: La stagione 01/09/2027-30/06/2028 non tocca l'anno di riferimento 2025.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seasons")
    void checksSeasonsAndBaselines(String name, String type, Values params, Map<String, List<Measurement>> ms, List<String> expected) {
        Indicator i = FIXTURES.indicator(type, params);
        List<Finding> found = new SeasonsCheck().check(FIXTURES.checkContext(CulturaModule.ID, Map.of(), ms, "2025-06-01", i));
        assertEquals(expected, found.stream().map(f -> f.severity().label() + ": " + f.message()).toList());
    }
}
