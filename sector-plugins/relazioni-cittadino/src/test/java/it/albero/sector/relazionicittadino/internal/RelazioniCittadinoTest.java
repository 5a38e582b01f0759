package it.albero.sector.relazionicittadino.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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

class RelazioniCittadinoTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("REL", "Relazioni con il cittadino");

    // REL-09.3 "Invio settimanale di Cesano WhatsApp"
    static final Values WHATSAPP = Values.of("periodicita", "settimanale", "canale", "Cesano WhatsApp");

    /** One issue every Wednesday of 2025 from 01/01 to the date, skipping the weeks listed (by their Monday). */
    static List<Measurement> weekly(String until, String... skippedMondays) {
        List<Measurement> out = new ArrayList<>();
        for (var d = java.time.LocalDate.of(2025, 1, 1); !d.isAfter(java.time.LocalDate.parse(until)); d = d.plusWeeks(1)) {
            String monday = d.minusDays(2).toString();
            if (!List.of(skippedMondays).contains(monday)) {
                out.add(FIXTURES.m(d.toString(), "titolo", "n. " + d));
            }
        }
        return out;
    }

    static Stream<Arguments> rows() {
        IndicatorType publications = new PublicationsType();
        IndicatorType followers = new FollowersType();
        IndicatorType answers = new AnswersType();
        // REL-09.2 "Raggiungere 1000 follower su Instagram"
        Values instagram = Values.of("soglia", 1000, "canale", "Instagram");
        // SEG-07.1 answers to councillors' questions: "Rispetto scadenze" (art. 43 TUEL, 30 days)
        Values questions = Values.of("target", 100, "giorni", 30);
        return Stream.of(
                Arguments.of("WhatsApp ogni settimana fino a marzo", publications, WHATSAPP, "2025-03-31", weekly("2025-03-31"),
                        Status.IN_CORSO, 1.0, "13 settimane su 13 con almeno un'uscita (Cesano WhatsApp) (13 uscite)."),
                Arguments.of("WhatsApp: saltate due settimane di marzo e una di maggio", publications, WHATSAPP, "2025-05-31",
                        weekly("2025-05-31", "2025-03-10", "2025-03-17", "2025-05-05"), Status.IN_CORSO, 19.0 / 22,
                        "19 settimane su 22 con almeno un'uscita (Cesano WhatsApp) (19 uscite): 86,4%; settimane senza uscita:"
                                + " 10/03/2025-23/03/2025 (2), 05/05/2025-11/05/2025."),
                Arguments.of("pannelli mensili: a fine anno", publications, Values.of("periodicita", "mensile"), "2026-01-10",
                        List.of(FIXTURES.m("2025-01-10", "titolo", "gennaio"), FIXTURES.m("2025-02-10", "titolo", "febbraio"),
                                FIXTURES.m("2025-12-01", "titolo", "dicembre")), Status.NON_RAGGIUNTO, 0.25,
                        "3 mesi su 12 con almeno un'uscita (3 uscite): 25%; mesi senza uscita: 01/03/2025-30/11/2025 (9)."),
                Arguments.of("nuovi nati ogni 15 giorni da marzo (REL-02.2)", publications, Values.of("periodicita", "quindicinale",
                        "finestra", TypeFixtures.window("2025-03-01", "2025-12-31")), "2025-04-20",
                        List.of(FIXTURES.m("2025-03-05", "titolo", "nati di febbraio"), FIXTURES.m("2025-04-02", "titolo", "nati di marzo")),
                        Status.IN_CORSO, 2.0 / 3, "2 quindicine su 3 con almeno un'uscita (2 uscite): 66,7%; quindicine senza uscita:"
                                + " 16/03/2025-31/03/2025."),
                Arguments.of("Instagram: 1.250 follower", followers, instagram, "2025-07-01",
                        List.of(FIXTURES.m("2025-01-15", "follower", 940), FIXTURES.m("2025-06-30", "follower", 1250)),
                        Status.RAGGIUNTO, 1.0, "1.250 follower su Instagram al 30/06/2025 contro un obiettivo di 1.000: 100%; +310"
                                + " rispetto ai 940 di partenza."),
                Arguments.of("Instagram: 820 a fine anno", followers, instagram.with("base", 700), "2026-01-10",
                        List.of(FIXTURES.m("2025-12-31", "follower", 820)), Status.PARZIALMENTE_RAGGIUNTO, 0.82,
                        "820 follower su Instagram al 31/12/2025 contro un obiettivo di 1.000: 82%; +120 rispetto ai 700 di partenza."),
                Arguments.of("Instagram: a giugno lontano dal ritmo", followers, instagram.with("base", 700), "2025-06-30",
                        List.of(FIXTURES.m("2025-06-30", "follower", 720)), Status.IN_CORSO, 0.72, "720 follower"),
                Arguments.of("interrogazioni: una oltre i 30 giorni, una in attesa", answers, questions, "2025-06-30",
                        List.of(FIXTURES.m("2025-02-03", "richiesta", "Interrogazione n. 4", "risposta", "2025-02-25"),
                                FIXTURES.m("2025-03-10", "richiesta", "Interrogazione n. 5"),
                                FIXTURES.m("2025-04-21", "richiesta", "Interrogazione n. 5", "risposta", "2025-04-21"),
                                FIXTURES.m("2025-06-20", "richiesta", "Interpellanza n. 2")), Status.IN_CORSO, 0.5,
                        "1 risposte entro 30 giorni su 2 richieste scadute: 50% contro un target del 100%; 1 in attesa entro i termini;"
                                + " oltre il termine: Interrogazione n. 5 in 42 giorni."),
                Arguments.of("richieste senza risposta oltre il termine", answers, questions, "2026-01-10",
                        List.of(FIXTURES.m("2025-11-03", "richiesta", "Prot. 1234")), Status.NON_RAGGIUNTO, 0.0,
                        "Prot. 1234 senza risposta da 68 giorni"),
                Arguments.of("nessuna richiesta ancora scaduta", answers, questions, "2025-03-10",
                        List.of(FIXTURES.m("2025-03-03", "richiesta", "Prot. 99")), Status.IN_CORSO, null,
                        "Nessuna richiesta ancora scaduta: 1 in attesa entro i 30 giorni."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
                   Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new PublicationsType(), Values.of("periodicita", "bisettimanale"), "'periodicita' deve essere uno tra"),
                Arguments.of(new FollowersType(), Values.of("soglia", 0), "'soglia' deve essere positiva"),
                Arguments.of(new AnswersType(), Values.of("target", 0), "il target 0% è sempre raggiunto"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadParameters(IndicatorType type, Values params, String words) {
        List<String> problems = type.validate(FIXTURES.indicator(type.id(), params));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }

    static Stream<Arguments> delays() {
        Indicator whatsapp = FIXTURES.indicator("REL-09.3", PublicationsType.ID, WHATSAPP);
        Indicator questions = FIXTURES.indicator("SEG-07.1", AnswersType.ID, Values.of("target", 100));
        return Stream.of(
                Arguments.of("WhatsApp fermo da tre settimane", whatsapp, Map.of("REL-09.3", weekly("2025-03-05")), "2025-03-31",
                        List.of("REL-09.3 avviso: Cesano WhatsApp: nessuna uscita nelle ultime 3 settimane (dal 10/03/2025); ultima"
                                + " uscita il 05/03/2025.")),
                Arguments.of("WhatsApp saltata una settimana: nessun avviso", whatsapp,
                        Map.of("REL-09.3", weekly("2025-03-31", "2025-03-17")), "2025-03-31", List.of()),
                Arguments.of("interrogazione senza risposta", questions, Map.of("SEG-07.1",
                        List.of(TypeFixtures.mOf("SEG-07.1", "2025-03-10", "richiesta", "Interrogazione n. 5"))), "2025-04-30",
                        List.of("SEG-07.1 avviso: Richiesta Interrogazione n. 5 ricevuta il 10/03/2025: senza risposta da 51 giorni,"
                                + " oltre i 30 di legge.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("delays")
    void findsWhatIsLate(String name, Indicator i, Map<String, List<Measurement>> ms, String asOf, List<String> expected) {
        List<Finding> found = new DelaysCheck().check(FIXTURES.checkContext(RelazioniCittadinoModule.ID, Map.of(), ms, asOf, i));
        assertEquals(expected, found.stream().map(f -> f.location() + " " + f.severity().label() + ": " + f.message()).toList());
    }
}
