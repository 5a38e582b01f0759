package it.albero.sector.manutenzione.internal;

import static it.albero.sector.manutenzione.internal.ManutenzioneTypesTest.stage;
import static it.albero.sector.manutenzione.internal.ManutenzioneTypesTest.stages;
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

/** The CRE within three months of the end of works, across the indicators of one objective (MAN-09 of the seed). */
class EndToCertificateCheckTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("MAN", "Settore Manutenzione, Progettazione e PNRR");

    // MAN-09.2 "Verbale di fine lavori" (3 trim), MAN-09.3 "Approvazione del CRE" (4 trim)
    private static final Indicator END = FIXTURES.indicator("MAN-09.2", WorksStagesType.ID, stages(stage("fine-lavori", null, "2025-09-30")));
    private static final Indicator CRE = FIXTURES.indicator("MAN-09.3", WorksStagesType.ID, stages(stage("cre", null, "2025-12-31")));

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("il piano: CRE il 31/12, un giorno oltre i tre mesi dal 30/09", Map.of(), "2025-06-01", List.of(
                        "MAN-09.3 avviso: CRE previsto il 31/12/2025, oltre 3 mesi dalla fine lavori prevista il 30/09/2025 (MAN-09.2):"
                                + " il termine sarebbe il 30/12/2025.")),
                Arguments.of("fine lavori il 15/09, CRE il 20/12: oltre il 15/12", Map.of(
                        "MAN-09.2", List.<Measurement>of(TypeFixtures.mOf("MAN-09.2", "2025-09-15", "fase", "fine-lavori")),
                        "MAN-09.3", List.<Measurement>of(TypeFixtures.mOf("MAN-09.3", "2025-12-20", "fase", "cre"))), "2025-12-31", List.of(
                        "MAN-09.3 avviso: CRE previsto il 31/12/2025, oltre 3 mesi dalla fine lavori prevista il 30/09/2025 (MAN-09.2):"
                                + " il termine sarebbe il 30/12/2025.",
                        "MAN-09.3 errore: CRE emesso il 20/12/2025, oltre 3 mesi dalla fine lavori del 15/09/2025 (termine 15/12/2025).")),
                Arguments.of("fine lavori il 15/09, nessun CRE al 31/12", Map.of(
                        "MAN-09.2", List.<Measurement>of(TypeFixtures.mOf("MAN-09.2", "2025-09-15", "fase", "fine-lavori"))), "2025-12-31",
                        List.of("MAN-09.3 avviso: CRE previsto il 31/12/2025, oltre 3 mesi dalla fine lavori prevista il 30/09/2025"
                                        + " (MAN-09.2): il termine sarebbe il 30/12/2025.",
                                "MAN-09.2 errore: Fine lavori il 15/09/2025 e nessun CRE registrato entro 3 mesi (termine 15/12/2025, scaduto).")),
                Arguments.of("CRE prima della fine lavori", Map.of(
                        "MAN-09.2", List.<Measurement>of(TypeFixtures.mOf("MAN-09.2", "2025-10-15", "fase", "fine-lavori")),
                        "MAN-09.3", List.<Measurement>of(TypeFixtures.mOf("MAN-09.3", "2025-10-01", "fase", "cre"))), "2025-10-31", List.of(
                        "MAN-09.3 avviso: CRE previsto il 31/12/2025, oltre 3 mesi dalla fine lavori prevista il 30/09/2025 (MAN-09.2):"
                                + " il termine sarebbe il 30/12/2025.",
                        "MAN-09.3 errore: certificato di regolare esecuzione il 01/10/2025 prima di fine lavori (15/10/2025): fasi"
                                + " registrate fuori dall'ordine di legge.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsTheCertificateLate(String name, Map<String, List<Measurement>> ms, String asOf, List<String> expected) {
        List<Finding> found = new EndToCertificateCheck().check(FIXTURES.checkContext(ManutenzioneModule.ID, Map.of(), ms, asOf, END, CRE));
        assertEquals(expected, found.stream().map(f -> f.location() + " " + f.severity().label() + ": " + f.message()).toList());
    }

    @org.junit.jupiter.api.Test
    void keepsDifferentWorksApartAndReadsThePnrrStages() {
        // MAN-11: the remediation ends before the second SAL of the main works: two works, no finding
        Indicator sal2 = FIXTURES.indicator("MAN-11.3", WorksStagesType.ID, stages(stage("sal", 2, "2025-12-31")));
        Indicator bonifica = FIXTURES.indicator("MAN-11.2", WorksStagesType.ID, stages(stage("fine-lavori", null, "2025-06-30"))
                .with("opera", "bonifica"));
        assertEquals(List.of(), new EndToCertificateCheck().check(FIXTURES.checkContext(ManutenzioneModule.ID, Map.of(), sal2, bonifica)));
        // the same stage names in a pnrr.fasi-lavori indicator
        Indicator pnrr = FIXTURES.indicator("MAN-03.3", "pnrr.fasi-lavori", stages(stage("fine-lavori", null, "2025-06-30")));
        Indicator cre = FIXTURES.indicator("MAN-03.4", WorksStagesType.ID, stages(stage("cre", null, "2025-12-31")));
        List<Finding> found = new EndToCertificateCheck().check(FIXTURES.checkContext(ManutenzioneModule.ID, Map.of(), pnrr, cre));
        assertEquals(1, found.size(), found.toString());
    }
}
