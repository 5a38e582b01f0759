package it.albero.sector.polizialocale.internal;

import static it.albero.testing.TypeFixtures.eval;
import static it.albero.testing.TypeFixtures.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Window;
import it.albero.testing.TypeFixtures;

/** Every type of the module, row by row: parameters, measurements, date, expected status, score, words. */
class PoliziaLocaleTypesTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("PL", "Polizia Locale");

    private static final Values SUMMER = window("2025-05-01", "2025-09-30");

    /** n patrols on the Friday of every week of May-September 2025, fewer in the weeks listed. */
    private static List<Measurement> patrols(int n, int shortBy, String... shortWeeks) {
        List<Measurement> out = new ArrayList<>();
        for (LocalDate monday = LocalDate.of(2025, 4, 28); monday.isBefore(LocalDate.of(2025, 9, 29));
                monday = monday.plusWeeks(1)) {
            boolean isShort = List.of(shortWeeks).contains(monday.toString());
            out.add(FIXTURES.m(monday.plusDays(4).toString(), "pattugliamenti", isShort ? n - shortBy : n));
        }
        return out;
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("controlli nell'anno, soglia superata", new TargetedControlsType(),
                        Values.of("soglia", 50, "confronto", ">"), "2025-12-31",
                        List.of(FIXTURES.m("2025-03-10", "controlli", 30), FIXTURES.m("2025-10-10", "controlli", 21, "illeciti", 4)),
                        Status.RAGGIUNTO, 1.0, "51 controlli (4 illeciti accertati) dal 01/01/2025 al 31/12/2025 contro una soglia di più di 50."),
                Arguments.of("illeciti contati, non i controlli", new TargetedControlsType(),
                        Values.of("soglia", 80, "misura", "illeciti"), "2025-12-31",
                        List.of(FIXTURES.m("2025-06-10", "controlli", 100, "illeciti", 60)),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.75, "60 illeciti accertati con 100 controlli"),
                Arguments.of("controlli fuori stagione non contano", new TargetedControlsType(),
                        Values.of("soglia", 10, "finestra", SUMMER), "2025-10-01",
                        List.of(FIXTURES.m("2025-04-10", "controlli", 10), FIXTURES.m("2025-06-10", "controlli", 5)),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.5, "1 rilevazione fuori periodo non conteggiata"),
                Arguments.of("controlli in ritardo sul ritmo", new TargetedControlsType(),
                        Values.of("soglia", 100), "2025-07-01",
                        List.of(FIXTURES.m("2025-06-10", "controlli", 10)), Status.IN_CORSO, 0.1, "10 controlli"),
                Arguments.of("pattugliamenti: tutte le settimane", new PatrolsType(),
                        Values.of("per_settimana", 3, "finestra", SUMMER), "2025-10-01", patrols(3, 0),
                        Status.RAGGIUNTO, 1.0, "Tutte le 22 settimane con almeno 3 pattugliamenti"),
                Arguments.of("pattugliamenti: 3 settimane su 22 sotto", new PatrolsType(),
                        Values.of("per_settimana", 3, "finestra", SUMMER), "2025-10-01",
                        patrols(3, 1, "2025-05-05", "2025-07-14", "2025-08-11"),
                        Status.PARZIALMENTE_RAGGIUNTO, 19.0 / 22, "3 settimane su 22 sotto i 3 pattugliamenti (settimane del 05/05/2025, 14/07/2025, 11/08/2025)"),
                Arguments.of("pattugliamenti con soglia complessiva mancata", new PatrolsType(),
                        Values.of("per_settimana", 2, "finestra", SUMMER, "soglia", 50, "confronto", ">"), "2025-10-01",
                        patrols(2, 0), Status.PARZIALMENTE_RAGGIUNTO, 44.0 / 51, "44 pattugliamenti dal 01/05/2025 al 30/09/2025 contro una soglia di più di 50"),
                Arguments.of("pattugliamenti a metà periodo", new PatrolsType(),
                        Values.of("per_settimana", 3, "finestra", SUMMER), "2025-06-01",
                        patrols(3, 0), Status.IN_CORSO, 1.0, "Tutte le prime 4 settimane"),
                Arguments.of("rapine: nessuna, periodo chiuso", new NoCrimesType(),
                        Values.of("finestra", window("2025-12-15", "2025-12-31"), "reato", "rapina"), "2026-01-10",
                        List.of(FIXTURES.m("2026-01-05", "reati", 0, "denunce", 3)), Status.RAGGIUNTO, 1.0,
                        "Nessun caso di rapina dal 15/12/2025 al 31/12/2025 (denunce per reati predatori: 3)."),
                Arguments.of("rapine: una nel periodo", new NoCrimesType(),
                        Values.of("finestra", window("2025-12-15", "2025-12-31"), "reato", "rapina"), "2025-12-20",
                        List.of(FIXTURES.m("2025-12-18", "reati", 1)), Status.NON_RAGGIUNTO, 0.0, "1 casi di rapina"),
                Arguments.of("rapine: periodo non chiuso da una rilevazione", new NoCrimesType(),
                        Values.of("finestra", window("2025-12-15", "2025-12-31")), "2026-01-10",
                        List.of(FIXTURES.m("2025-12-20", "reati", 0)), Status.DATI_MANCANTI, null, "Manca la rilevazione di chiusura"),
                Arguments.of("esercitazioni: più di 3", new CivilProtectionType(),
                        Values.of("misura", "esercitazioni", "soglia", 3, "confronto", ">"), "2025-12-31",
                        List.of(FIXTURES.m("2025-04-01", "esercitazioni", 2), FIXTURES.m("2025-09-01", "esercitazioni", 2, "sovracomunale", "si")),
                        Status.RAGGIUNTO, 1.0, "4 esercitazioni nell'anno (di cui 2 sovracomunali) contro una soglia di più di 3."),
                Arguments.of("volontari: il numero più alto, non la somma", new CivilProtectionType(),
                        Values.of("misura", "volontari", "soglia", 10), "2025-12-31",
                        List.of(FIXTURES.m("2025-04-01", "volontari", 6), FIXTURES.m("2025-10-12", "volontari", 8)),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.8, "8 volontari coinvolti"),
                Arguments.of("presidi COC: due mesi scoperti", new CocPresenceType(),
                        Values.of("giorni_al_mese", 3, "confronto", ">"), "2026-01-05",
                        monthly(4, "2025-03", "2025-08"), Status.PARZIALMENTE_RAGGIUNTO, 10.0 / 12,
                        "2 mesi su 12 senza più di 3 giorni di presidio (marzo, agosto)."),
                Arguments.of("presidi COC: in corso", new CocPresenceType(),
                        Values.of("giorni_al_mese", 3, "confronto", ">"), "2025-05-15",
                        monthly(4), Status.IN_CORSO, 1.0, "Tutti i 4 mesi conclusi"));
    }

    private static List<Measurement> monthly(int days, String... shortMonths) {
        List<Measurement> out = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            String ym = String.format("2025-%02d", month);
            out.add(FIXTURES.m(ym + "-28", "giorni", List.of(shortMonths).contains(ym) ? days - 2 : days));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
            Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    @Test
    void mayToSeptember2025Has22IsoWeeks() {
        assertEquals(22, PatrolsType.weeks(new Window(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 9, 30))).size());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new TargetedControlsType(), Values.of("soglia", 0), "la soglia deve essere positiva"),
                Arguments.of(new TargetedControlsType(), Values.of("soglia", 5, "confronto", "<"), "deve essere uno tra"),
                Arguments.of(new PatrolsType(), Values.of("per_settimana", 3), "manca 'finestra'"),
                Arguments.of(new PatrolsType(), Values.of("per_settimana", 3, "finestra", window("2025-05-05", "2025-05-07")), "nessuna settimana"),
                Arguments.of(new CocPresenceType(), Values.of("giorni_al_mese", 30), "non tutti i mesi"),
                Arguments.of(new CivilProtectionType(), Values.of("soglia", 3), "manca 'misura'"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadParameters(IndicatorType type, Values params, String words) {
        List<String> problems = type.validate(FIXTURES.indicator(type.id(), params));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }
}
