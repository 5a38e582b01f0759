package it.albero.sector.urbanistica.internal;

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

class UrbanisticaTypesTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("URB", "Settore Urbanistica e Ambiente");

    static Values phases(String... nameAndDue) {
        Object[] list = new Object[nameAndDue.length / 2];
        for (int i = 0; i < list.length; i++) {
            list[i] = Values.of(Map.of("fase", nameAndDue[2 * i], "scadenza", nameAndDue[2 * i + 1]));
        }
        return Values.of("fasi", List.of(list));
    }

    static Stream<Arguments> rows() {
        IndicatorType pgt = new PgtVariantType();
        IndicatorType vta = new TreeInspectionsType();
        IndicatorType times = new ProcedureTimesType();
        // building permits: the review within 60 days of the application (art. 20 c. 3 DPR 380/2001)
        Values permits = Values.of("giorni", 60, "procedimento", "permesso di costruire");
        // URB-01.6 "VAS E VINCA: Documento di scoping - Rapporto ambientale" (4 trim)
        Values urb016 = phases("scoping", "2025-12-31", "rapporto-ambientale", "2025-12-31");
        // URB-05.4 "Effettuare almeno 50 VTA con relativo aggiornamento delle schede censimento"
        Values urb054 = Values.of("soglia", 50);
        return Stream.of(
                Arguments.of("VAS: scoping e rapporto ambientale", pgt, urb016, "2026-01-10",
                        List.of(FIXTURES.m("2025-07-15", "fase", "scoping", "atto", "verbale della prima conferenza di VAS"),
                                FIXTURES.m("2025-11-20", "fase", "rapporto-ambientale")), Status.RAGGIUNTO, 1.0,
                        "2 fasi su 2 concluse nei tempi e in ordine (documento di scoping (VAS) 15/07/2025, rapporto ambientale a"
                                + " disposizione 20/11/2025)."),
                Arguments.of("VAS: rapporto prima dello scoping", pgt, urb016, "2026-01-10",
                        List.of(FIXTURES.m("2025-07-15", "fase", "rapporto-ambientale"), FIXTURES.m("2025-09-15", "fase", "scoping")),
                        Status.PARZIALMENTE_RAGGIUNTO, 0.5, "rapporto ambientale a disposizione il 15/07/2025 prima di documento di"
                                + " scoping (VAS) (15/09/2025): ordine non rispettato"),
                Arguments.of("avvio in ritardo (URB-01.1)", pgt, phases("avvio", "2025-03-31"), "2025-05-01",
                        List.of(FIXTURES.m("2025-04-10", "fase", "avvio")), Status.NON_RAGGIUNTO, 0.0,
                        "avvio del procedimento il 10/04/2025, oltre la scadenza del 31/03/2025"),
                Arguments.of("adozione non ancora dovuta", pgt, phases("adozione", "2025-12-31"), "2025-06-30", List.of(),
                        Status.NON_ANCORA_DOVUTO, null, "scadenza 31/12/2025"),
                Arguments.of("52 VTA, 50 schede, 2 in classe D", vta, urb054, "2026-01-10",
                        List.of(FIXTURES.m("2025-04-10", "vta", 30, "schede_aggiornate", 30, "classe_d", 2),
                                FIXTURES.m("2025-10-10", "vta", 22, "schede_aggiornate", 20)), Status.RAGGIUNTO, 1.0,
                        "52 VTA eseguite (50 con la scheda di censimento aggiornata) su almeno 50 nel periodo 01/01/2025-31/12/2025:"
                                + " 100%; 2 alberi in classe D (propensione al cedimento estrema) da abbattere."),
                Arguments.of("VTA senza schede aggiornate non contano", vta, urb054, "2026-01-10",
                        List.of(FIXTURES.m("2025-04-10", "vta", 50, "schede_aggiornate", 40)), Status.PARZIALMENTE_RAGGIUNTO, 0.8,
                        "50 VTA eseguite (40 con la scheda di censimento aggiornata) su almeno 50"),
                Arguments.of("VTA a metà anno: in corso", vta, urb054, "2025-06-30",
                        List.of(FIXTURES.m("2025-04-10", "vta", 10)), Status.IN_CORSO, 0.2, "10 VTA eseguite su almeno 50"),
                Arguments.of("permessi: uno oltre i 60 giorni, uno aperto nei termini", times, permits, "2025-07-01",
                        List.of(FIXTURES.m("2025-02-03", "pratica", "PdC 12/2025"), FIXTURES.m("2025-03-20", "pratica", "PdC 12/2025",
                                        "conclusione", "2025-03-20"),
                                FIXTURES.m("2025-03-03", "pratica", "PdC 15/2025", "conclusione", "2025-05-15"),
                                FIXTURES.m("2025-06-10", "pratica", "PdC 21/2025")), Status.IN_CORSO, 0.5,
                        "1 su 2 pratiche scadute concluse entro 60 giorni (permesso di costruire): 50% contro un target del 100%;"
                                + " aperte nei termini 1; oltre il termine: PdC 15/2025 in 73 giorni."),
                Arguments.of("pratica aperta oltre il termine a fine anno", times, permits, "2026-01-10",
                        List.of(FIXTURES.m("2025-10-01", "pratica", "PdC 40/2025")), Status.NON_RAGGIUNTO, 0.0, "PdC 40/2025 aperta da 101 giorni"),
                Arguments.of("10 giorni lavorativi, Pasquetta e 25 aprile esclusi", times, Values.of("giorni", 10, "lavorativi", "si"),
                        "2026-01-10", List.of(FIXTURES.m("2025-04-17", "pratica", "SCIA 5", "conclusione", "2025-05-06")),
                        Status.RAGGIUNTO, 1.0, "1 su 1 pratiche scadute concluse entro 10 giorni lavorativi"),
                Arguments.of("VTA incoerenti", vta, urb054, "2025-06-30",
                        List.of(FIXTURES.m("2025-04-10", "vta", 10, "classe_d", 11)), Status.ERRORE, null, "incoerente"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
                   Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new PgtVariantType(), phases("adozione", "2025-06-30", "avvio", "2025-09-30"),
                        "la fase 'avvio del procedimento' è prevista prima di 'adozione in Consiglio'"),
                Arguments.of(new PgtVariantType(), phases("controdeduzioni", "2025-06-30"), "fase 'controdeduzioni' sconosciuta"),
                Arguments.of(new TreeInspectionsType(), Values.of("soglia", 0), "'soglia' deve essere positiva"),
                Arguments.of(new ProcedureTimesType(), Values.of("giorni", 0), "'giorni' deve essere positivo"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadParameters(IndicatorType type, Values params, String words) {
        List<String> problems = type.validate(FIXTURES.indicator(type.id(), params));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }
}
