package it.albero.sector.urbanistica.internal;

import static it.albero.sector.urbanistica.internal.UrbanisticaTypesTest.phases;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.spi.Finding;
import it.albero.testing.TypeFixtures;

/** The PGT variant of the seed (URB-01.1 avvio, URB-01.6 scoping and environmental report, URB-01.7 adoption). */
class PgtVariantCheckTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("URB", "Settore Urbanistica e Ambiente");

    private static final Indicator AVVIO = FIXTURES.indicator("URB-01.1", PgtVariantType.ID, phases("avvio", "2025-03-31"));
    private static final Indicator VAS = FIXTURES.indicator("URB-01.6", PgtVariantType.ID,
            phases("scoping", "2025-12-31", "rapporto-ambientale", "2025-12-31"));
    private static final Indicator ADOZIONE = FIXTURES.indicator("URB-01.7", PgtVariantType.ID, phases("adozione", "2025-12-31"));
    private static final Indicator APPROVAZIONE = FIXTURES.indicator("URB-01.8", PgtVariantType.ID,
            phases("pubblicazione", "2026-01-31", "approvazione", "2026-03-15"));

    private static Map<String, List<Measurement>> done(String... codeDatePhase) {
        Map<String, List<Measurement>> out = new java.util.HashMap<>();
        for (int i = 0; i < codeDatePhase.length; i += 3) {
            out.computeIfAbsent(codeDatePhase[i], c -> new java.util.ArrayList<>())
                    .add(TypeFixtures.mOf(codeDatePhase[i], codeDatePhase[i + 1], "fase", codeDatePhase[i + 2]));
        }
        return out;
    }

    static Stream<Arguments> rows() {
        String seedWarning = "URB-01.7 avviso: adozione in Consiglio prevista il 31/12/2025, 0 giorni dopo rapporto ambientale a"
                + " disposizione (31/12/2025): ne servono almeno 45 (art. 14 c. 2 D.Lgs. 152/2006), la scadenza non è rispettabile.";
        return Stream.of(
                Arguments.of("il piano 2025: adozione lo stesso giorno del rapporto ambientale", Map.of(), "2025-06-01",
                        List.of(seedWarning)),
                Arguments.of("scoping 10 giorni dopo l'avvio", done("URB-01.1", "2025-03-20", "avvio", "URB-01.6", "2025-03-30", "scoping"),
                        "2025-06-01", List.of("URB-01.6 errore: documento di scoping (VAS) il 30/03/2025, solo 10 giorni dopo"
                                + " avvio del procedimento (20/03/2025): ne servono almeno 15 (art. 13 c. 2 L.R. 12/2005).", seedWarning)),
                Arguments.of("adozione prima del rapporto ambientale", done("URB-01.6", "2025-11-20", "rapporto-ambientale",
                        "URB-01.7", "2025-10-30", "adozione"), "2025-12-31", List.of(seedWarning,
                        "URB-01.7 errore: adozione in Consiglio il 30/10/2025, solo -21 giorni dopo rapporto ambientale a disposizione"
                                + " (20/11/2025): ne servono almeno 45 (art. 14 c. 2 D.Lgs. 152/2006).",
                        "URB-01.7 errore: adozione in Consiglio il 30/10/2025 prima di rapporto ambientale a disposizione (20/11/2025):"
                                + " fasi registrate fuori dall'ordine di legge.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsPhasesOutOfOrderOrTooClose(String name, Map<String, List<Measurement>> ms, String asOf, List<String> expected) {
        List<Finding> found = new PgtVariantCheck().check(FIXTURES.checkContext(UrbanisticaModule.ID, Map.of(), ms, asOf,
                AVVIO, VAS, ADOZIONE));
        assertEquals(expected, found.stream().map(f -> f.location() + " " + f.severity().label() + ": " + f.message()).toList());
    }

    @org.junit.jupiter.api.Test
    void theApprovalWaitsForTheObservationsAndComesWithinTheirNinetyDays() {
        // planned: approval 43 days after the publication, less than the 30 + 30 days of deposit and observations
        List<Finding> planned = new PgtVariantCheck().check(FIXTURES.checkContext(UrbanisticaModule.ID, Map.of(), APPROVAZIONE));
        assertEquals(List.of("URB-01.8 avviso: approvazione in Consiglio prevista il 15/03/2026, 43 giorni dopo deposito e"
                + " pubblicazione (31/01/2026): ne servono almeno 60 (art. 13 c. 4 L.R. 12/2005), la scadenza non è rispettabile."),
                planned.stream().map(f -> f.location() + " " + f.severity().label() + ": " + f.message()).toList());
        // done: approval 160 days after the publication, beyond the 60 + 90
        List<Finding> late = new PgtVariantCheck().check(FIXTURES.checkContext(UrbanisticaModule.ID, Map.of(),
                done("URB-01.8", "2025-01-10", "pubblicazione", "URB-01.8", "2025-06-19", "approvazione"), "2025-07-01", APPROVAZIONE));
        assertEquals("URB-01.8 errore: approvazione in Consiglio il 19/06/2025, 160 giorni dopo deposito e pubblicazione"
                + " (10/01/2025): oltre i 150 giorni, la variante perde efficacia (art. 13 c. 7 L.R. 12/2005).",
                late.stream().filter(f -> f.message().contains("perde efficacia"))
                        .map(f -> f.location() + " " + f.severity().label() + ": " + f.message()).findFirst().orElse("none"));
    }
}
