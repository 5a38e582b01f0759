package it.albero.sector.pnrr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.model.Values;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Severity;
import it.albero.testing.TypeFixtures;

class PnrrChecksTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("MAN", "Settore Manutenzione");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "M5C2 I1.1.1|M5C2 I1.1.1", "M4.C1.I1.1|M4C1 I1.1", "M1C1 I1.2|M1C1 I1.2", "M5C2 2.1|M5C2 I2.1",
            "m2c4 i2.2|M2C4 I2.2", "M1C1 Inv 1.4.1|M1C1 I1.4.1", "M1C1 R1.9|M1C1 R1.9"})
    void measureCodesInEveryFormNormalise(String written, String normal) {
        assertEquals(normal, MeasureCode.parse(written).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"M8C1 I1.1|Missione 8", "M2C5 I1.1|C1-C4, non C5", "Missione 5|forma attesa"})
    void badMeasureCodesSayWhy(String written, String words) {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> MeasureCode.parse(written));
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    static Stream<Arguments> codes() {
        return Stream.of(
                Arguments.of("misura e CUP validi", Map.of("pnrr", "M5C2 I1.2", "cup", "J11B21005500006"), null, ""),
                Arguments.of("CUP corto", Map.of("pnrr", "M5C2 I1.2", "cup", "J11B2100550000"), Severity.ERRORE, "14 caratteri invece di 15"),
                Arguments.of("CUP malformato", Map.of("cup", "J11B2100550000X"), Severity.ERRORE, "lettera, 2 cifre"),
                Arguments.of("CUP minuscolo", Map.of("cup", "j11b21005500006"), Severity.ERRORE, "maiuscolo"),
                Arguments.of("misura non valida", Map.of("pnrr", "M9C1 I1.1", "cup", "J11B21005500006"), Severity.ERRORE, "Missione 9"),
                Arguments.of("PNRR senza CUP", Map.of("pnrr", "M4C1 I1.1"), Severity.INFO, "senza CUP"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void codesCheck(String name, Map<String, String> tags, Severity severity, String words) {
        List<Finding> found = new CodesCheck().check(FIXTURES.checkContext("manutenzione", tags,
                FIXTURES.indicator("traguardo", Values.of("scadenza", "2025-12-31"))));
        assertOne(found, severity, words);
    }

    private static PnrrConfig config(String end) {
        return new PnrrConfig() {
            public String scadenzaPnrr() { return end; }
            public Class<? extends Annotation> annotationType() { return PnrrConfig.class; }
        };
    }

    static Stream<Arguments> endDates() {
        return Stream.of(
                Arguments.of("entro la fine", "2026-06-30", Map.of("pnrr", "M5C2 I1.2"), Values.of("scadenza", "2026-06-30"), null, ""),
                Arguments.of("oltre la fine", "2026-06-30", Map.of("pnrr", "M5C2 I1.2"), Values.of("scadenza", "2026-07-31"),
                        Severity.ERRORE, "la scadenza 31/07/2026 è oltre la fine delle misure PNRR (30/06/2026)"),
                Arguments.of("fase di un cronoprogramma oltre la fine", "2026-06-30", Map.of("pnrr", "M5C2 I1.2"),
                        Values.of("fasi", List.of(Map.of("nome", "a", "scadenza", "2026-09-30"))), Severity.ERRORE, "30/09/2026"),
                Arguments.of("data configurata più stretta", "2025-06-30", Map.of("pnrr", "M5C2 I1.2"), Values.of("scadenza", "2025-12-31"),
                        Severity.ERRORE, "(30/06/2025)"),
                Arguments.of("data configurata all'italiana", "30/06/2025", Map.of("pnrr", "M5C2 I1.2"), Values.of("scadenza", "2025-12-31"),
                        Severity.ERRORE, "(30/06/2025)"),
                Arguments.of("obiettivo non PNRR: ignorato", "2025-06-30", Map.of(), Values.of("scadenza", "2026-12-31"), null, ""),
                Arguments.of("configurazione non valida", "giugno", Map.of(), Values.of("scadenza", "2025-12-31"), Severity.AVVISO, "non è una data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endDates")
    void endDateCheck(String name, String end, Map<String, String> tags, Values params, Severity severity, String words) {
        List<Finding> found = new EndDateCheck(config(end)).check(FIXTURES.checkContext("welfare", tags, FIXTURES.indicator("traguardo", params)));
        assertOne(found, severity, words);
    }

    private static void assertOne(List<Finding> found, Severity severity, String words) {
        if (severity == null) {
            assertTrue(found.isEmpty(), found.toString());
            return;
        }
        assertEquals(1, found.size(), found.toString());
        assertEquals(severity, found.get(0).severity());
        assertTrue(found.get(0).message().contains(words), found.get(0).message());
    }
}
