package it.albero.sector.entrate.internal;

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

/** The types added to Entrate: businesses inspected, TARI puntuale steps, CIE on extraordinary openings. */
class EntrateTypesTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("ENT", "Settore Entrate");

    static Stream<Arguments> rows() {
        IndicatorType businesses = new BusinessesInspectedType();
        IndicatorType tari = new TariPuntualeType();
        IndicatorType cie = new IdentityCardsType();
        return Stream.of(
                Arguments.of("esercizi: oltre il 50%", businesses, Values.of("target", 50), "2025-12-31",
                        List.of(FIXTURES.m("2025-04-10", "controllati", 70, "totale", 240), FIXTURES.m("2025-10-10", "controllati", 50, "totale", 230, "irregolari", 14)),
                        Status.RAGGIUNTO, 1.0, "120 pubblici esercizi controllati su 230 presenti sul territorio: 52,2% contro un target del 50%; 14 irregolari (11,7%)."),
                Arguments.of("esercizi: sotto il target", businesses, Values.of("target", 50, "categoria", "esercizi di vicinato"), "2025-12-31",
                        List.of(FIXTURES.m("2025-04-10", "controllati", 50, "totale", 200)), Status.PARZIALMENTE_RAGGIUNTO, 0.5,
                        "50 esercizi di vicinato controllati su 200"),
                Arguments.of("esercizi: manca il totale", businesses, Values.of("target", 50), "2025-12-31",
                        List.of(FIXTURES.m("2025-04-10", "controllati", 50)), Status.DATI_MANCANTI, null, "manca il numero"),
                Arguments.of("TARI: regolamento pubblicato in tempo", tari, Values.of("passo", "regolamento", "scadenza", "2025-12-31"), "2026-01-10",
                        List.of(FIXTURES.m("2025-11-28", "atto", "Delibera C.C. n. 60")), Status.RAGGIUNTO, 1.0,
                        "Passo 'regolamento': Delibera C.C. n. 60 del 28/11/2025, entro la scadenza del 31/12/2025."),
                Arguments.of("TARI: tariffe in ritardo", tari, Values.of("passo", "tariffe", "scadenza", "2025-12-31"), "2026-02-10",
                        List.of(FIXTURES.m("2026-01-28", "atto", "Delibera C.C. n. 3")), Status.NON_RAGGIUNTO, 0.0, "oltre la scadenza del 31/12/2025"),
                Arguments.of("TARI: pubblicazione MEF tardiva", tari, Values.of("passo", "tariffe", "scadenza", "2025-07-31", "anno_efficacia", 2025), "2025-12-31",
                        List.of(FIXTURES.m("2025-07-20", "atto", "Delibera C.C. n. 30", "pubblicazione_mef", "2025-11-03")), Status.NON_RAGGIUNTO, 0.0,
                        "oltre il 28/10/2025: non ha effetto nel 2025"),
                Arguments.of("TARI: in attesa della pubblicazione MEF", tari, Values.of("passo", "tariffe", "scadenza", "2025-07-31", "anno_efficacia", 2025), "2025-09-01",
                        List.of(FIXTURES.m("2025-07-20", "atto", "Delibera C.C. n. 30")), Status.IN_CORSO, 0.5, "manca la pubblicazione sul portale"),
                Arguments.of("CIE: solo sabati e domeniche", cie, Values.of("soglia", 400), "2025-12-31",
                        List.of(FIXTURES.m("2025-03-08", "cie", 150), FIXTURES.m("2025-03-10", "cie", 40), FIXTURES.m("2025-05-17", "cie", 230)),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.95, "380 CIE rilasciate in 2 aperture straordinarie (media 190 per apertura) contro una soglia di 400; 1 rilevazione in un giorno di apertura ordinaria non conteggiata."),
                Arguments.of("CIE: giorni indicati", cie, Values.of("soglia", 100, "giorni", List.of("2025-03-10")), "2025-12-31",
                        List.of(FIXTURES.m("2025-03-08", "cie", 150), FIXTURES.m("2025-03-10", "cie", 100)), Status.RAGGIUNTO, 1.0, "100 CIE rilasciate in 1 apertura straordinaria"),
                Arguments.of("CIE: giorni scritti all'italiana", cie, Values.of("soglia", 100, "giorni", "10/03/2025, 2025-03-11"), "2025-12-31",
                        List.of(FIXTURES.m("2025-03-08", "cie", 150), FIXTURES.m("2025-03-10", "cie", 60), FIXTURES.m("2025-03-11", "cie", 40)),
                        Status.RAGGIUNTO, 1.0, "100 CIE rilasciate in 2 aperture straordinarie"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
            Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new BusinessesInspectedType(), Values.of("target", 150), "tra 0 e 100%"),
                Arguments.of(new TariPuntualeType(), Values.of("passo", "bolletta", "scadenza", "2025-12-31"), "deve essere uno tra"),
                Arguments.of(new TariPuntualeType(), Values.of("passo", "tariffe", "scadenza", "2025-12-31", "anno_efficacia", 2025),
                        "non avrebbe effetto nel 2025"),
                Arguments.of(new IdentityCardsType(), Values.empty(), "manca 'soglia'"),
                Arguments.of(new IdentityCardsType(), Values.of("soglia", 10, "giorni", "2025-03-08, sabato"), "'sabato' non è una data"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadParameters(IndicatorType type, Values params, String words) {
        List<String> problems = type.validate(FIXTURES.indicator(type.id(), params));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }
}
