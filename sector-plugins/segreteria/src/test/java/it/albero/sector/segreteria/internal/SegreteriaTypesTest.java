package it.albero.sector.segreteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.IndicatorType;
import it.albero.testing.TypeFixtures;

class SegreteriaTypesTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("SEG", "Segreteria Generale");

    static Stream<Arguments> rows() {
        IndicatorType duty = new StatutoryDutyType();
        IndicatorType litigation = new LitigationType();
        IndicatorType checks = new SampledChecksType();
        IndicatorType contracts = new ContractsType();
        // SEG-13.2: "Adozione da parte della Giunta della delibera di approvazione [del PIAO] giugno 2025"
        Values seg132 = Values.of("adempimento", "piao", "scadenza", "2025-06-30");
        // SEG-13.3: "Relazione delle Performance 2024 ... Rispetto dei tempi: Entro il 30 giugno"
        Values seg133 = Values.of("adempimento", "relazione-performance", "scadenza", "2025-06-30");
        // SEG-11.1: "n. controversie chiuse nell'anno vs. n. controversie chiuse nell'anno precedente (minimo 70%)"
        Values seg111 = Values.of("target", 70);
        return Stream.of(
                Arguments.of("PIAO entro giugno, oltre il 31 gennaio di legge", duty, seg132, "2025-07-01",
                        List.of(FIXTURES.m("2025-03-28", "atto", "Delibera GC n. 40 del 28/03/2025")), Status.RAGGIUNTO, 1.0,
                        "PIAO (con la sezione anticorruzione e trasparenza): adempiuto il 28/03/2025 (Delibera GC n. 40 del 28/03/2025),"
                                + " entro la scadenza del 30/06/2025; termine di legge 31/01/2025 (art. 6 c. 1 D.L. 80/2021) superato di 56 giorni."),
                Arguments.of("Relazione sulla performance nei termini", duty, seg133, "2025-07-01",
                        List.of(FIXTURES.m("2025-06-26", "atto", "Delibera GC n. 88")), Status.RAGGIUNTO, 1.0,
                        "entro il termine di legge del 30/06/2025 (art. 10 c. 1 lett. b D.Lgs. 150/2009)."),
                Arguments.of("Relazione in ritardo", duty, seg133, "2025-08-01",
                        List.of(FIXTURES.m("2025-07-15", "atto", "Delibera GC n. 95")), Status.NON_RAGGIUNTO, 0.0,
                        "adempiuto il 15/07/2025 (Delibera GC n. 95), oltre la scadenza del 30/06/2025"),
                Arguments.of("relazione RPCT senza scadenza nel piano: vale il 15 dicembre", duty,
                        Values.of("adempimento", "relazione-rpct"), "2025-11-01", List.of(), Status.NON_ANCORA_DOVUTO, null,
                        "scadenza 31/12/2025"),
                Arguments.of("attestazione OIV con la data dell'ANAC", duty,
                        Values.of("adempimento", "attestazione-oiv", "termine", "2025-07-31", "scadenza", "2025-06-30"), "2025-07-10",
                        List.of(FIXTURES.m("2025-06-20", "atto", "griglia pubblicata")), Status.RAGGIUNTO, 1.0,
                        "entro il termine di legge del 31/07/2025 (art. 14 c. 4 lett. g D.Lgs. 150/2009, termine fissato dall'ANAC)"),
                Arguments.of("contenzioso: 14 chiuse contro 20", litigation, seg111.with("chiuse_anno_precedente", 20), "2026-01-10",
                        List.of(FIXTURES.m("2025-12-20", "chiuse", 14, "nuove", 6, "aperte", 31)), Status.RAGGIUNTO, 1.0,
                        "14 controversie chiuse nel 2025 contro 20 chiuse nel 2024: 70% contro un target del 70%; nuove 6 su 31 aperte (19,4%)."),
                Arguments.of("contenzioso: base nella rilevazione", litigation, seg111, "2026-01-10",
                        List.of(FIXTURES.m("2025-12-20", "chiuse", 6, "chiuse_anno_precedente", 20)), Status.NON_RAGGIUNTO, 0.3 / 0.7,
                        "6 controversie chiuse nel 2025 contro 20 chiuse nel 2024: 30% contro un target del 70%."),
                Arguments.of("contenzioso: senza base", litigation, seg111, "2026-01-10",
                        List.of(FIXTURES.m("2025-12-20", "chiuse", 7)), Status.DATI_MANCANTI, null,
                        "7 controversie chiuse nel 2025, ma manca il numero di quelle chiuse nel 2024"),
                Arguments.of("TRA1-05.2: 3 report, campione del 5%", checks, Values.of("report", 3, "campione", 5), "2026-01-10",
                        List.of(FIXTURES.m("2025-04-15", "atti_adottati", 160, "atti_controllati", 16, "irregolarita", 1),
                                FIXTURES.m("2025-08-15", "atti_adottati", 170, "atti_controllati", 17),
                                FIXTURES.m("2025-12-15", "atti_adottati", 150, "atti_controllati", 15, "irregolarita", 2)),
                        Status.RAGGIUNTO, 1.0, "3 report di controllo a campione su almeno 3: 48 atti controllati su 480 adottati (10%,"
                                + " campione minimo 5%); irregolarità segnalate 3."),
                Arguments.of("un report su tre, campione insufficiente", checks, Values.of("report", 3, "campione", 10), "2026-01-10",
                        List.of(FIXTURES.m("2025-04-15", "atti_adottati", 200, "atti_controllati", 10)), Status.NON_RAGGIUNTO, 1.0 / 3,
                        "1 report di controllo a campione su almeno 3: 10 atti controllati su 200 adottati (5%, campione minimo 10%)"),
                Arguments.of("controllati oltre gli adottati", checks, Values.of("report", 1), "2026-01-10",
                        List.of(FIXTURES.m("2025-04-15", "atti_adottati", 10, "atti_controllati", 11)), Status.ERRORE, null, "incoerente"),
                Arguments.of("contratti: uno registrato oltre 30 giorni", contracts, Values.of("target", 100), "2026-01-10",
                        List.of(FIXTURES.m("2025-03-10", "contratto", "Rep. 101", "registrazione", "2025-03-20", "pnrr", "si", "diritti", 1200),
                                FIXTURES.m("2025-05-05", "contratto", "Rep. 102", "registrazione", "2025-06-20", "diritti", 800)),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.5, "2 contratti rogati nel 2025, 1 registrati entro 30 giorni dalla stipula: 50%"
                                + " contro un target del 100%; finanziati con il PNRR 1; diritti di segreteria € 2.000; registrati oltre il"
                                + " termine: Rep. 102 in 46 giorni."),
                Arguments.of("contratto registrato prima della stipula", contracts, Values.of("target", 100), "2026-01-10",
                        List.of(FIXTURES.m("2025-03-10", "contratto", "Rep. 101", "registrazione", "2025-03-01")), Status.ERRORE, null,
                        "registrato il 01/03/2025, prima della stipula del 10/03/2025"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
                   Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new StatutoryDutyType(), Values.of("adempimento", "ptpct"), "'adempimento' deve essere uno tra"),
                Arguments.of(new SampledChecksType(), Values.of("report", 0), "'report' deve essere positivo"),
                Arguments.of(new LitigationType(), Values.of("target", 170), "il target deve essere tra 0 e 100%"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadParameters(IndicatorType type, Values params, String words) {
        List<String> problems = type.validate(FIXTURES.indicator(type.id(), params));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }

    @org.junit.jupiter.api.Test
    void readsThePreviousYearFromItsMeasurements() {
        // a plan whose reference year is 2025 evaluating a litigation indicator measured in 2024 too
        var ind = FIXTURES.indicator(LitigationType.ID, Values.of("target", 70));
        var e = TypeFixtures.eval(new LitigationType(), ind, "2026-01-10",
                List.of(FIXTURES.m("2024-12-20", "chiuse", 20), FIXTURES.m("2025-12-20", "chiuse", 15)));
        assertEquals(Status.RAGGIUNTO, e.status(), e.explanation());
        assertTrue(e.explanation().startsWith("15 controversie chiuse nel 2025 contro 20 chiuse nel 2024: 75%"), e.explanation());
    }
}
