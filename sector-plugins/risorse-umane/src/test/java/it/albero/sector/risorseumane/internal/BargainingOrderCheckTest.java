package it.albero.sector.risorseumane.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Values;
import it.albero.api.spi.Finding;
import it.albero.testing.TypeFixtures;

/** The legal order of decentralised bargaining: fund and auditors' certification before the signature. */
class BargainingOrderCheckTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("RU", "Ufficio Centrale Organizzazione e Risorse Umane");

    private static Measurement step(String date, String fase) {
        return FIXTURES.m(date, "fase", fase);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("in ordine", Values.empty(), List.of(step("2025-04-15", "costituzione-fondo"), step("2025-07-10", "ipotesi"),
                        step("2025-09-05", "certificazione"), step("2025-11-20", "sottoscrizione")), List.of()),
                Arguments.of("sottoscrizione senza certificazione", Values.empty(), List.of(step("2025-04-15", "costituzione-fondo"),
                        step("2025-07-10", "sottoscrizione")), List.of("errore: sottoscrizione definitiva il 10/07/2025 senza"
                        + " certificazione dei revisori registrata prima: l'ordine di legge la richiede (art. 40-bis D.Lgs. 165/2001).")),
                Arguments.of("atto unilaterale prima del fondo", Values.empty(), List.of(step("2025-03-01", "atto-unilaterale"),
                        step("2025-04-15", "costituzione-fondo")), List.of(
                        "errore: atto unilaterale il 01/03/2025 senza costituzione del fondo registrata prima: l'ordine di legge la"
                                + " richiede (art. 40-bis D.Lgs. 165/2001).",
                        "errore: atto unilaterale il 01/03/2025 prima di costituzione del fondo (15/04/2025): le fasi della"
                                + " contrattazione non sono nell'ordine di legge.")),
                Arguments.of("certificazione prima dell'ipotesi", Values.empty(), List.of(step("2025-04-15", "costituzione-fondo"),
                        step("2025-05-10", "certificazione"), step("2025-06-10", "ipotesi")), List.of(
                        "errore: certificazione dei revisori il 10/05/2025 prima di ipotesi di contratto (10/06/2025): le fasi della"
                                + " contrattazione non sono nell'ordine di legge.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsStepsOutOfTheLegalOrder(String name, Values params, List<Measurement> ms, List<String> expected) {
        Indicator i = FIXTURES.indicator(BargainingType.ID, params);
        List<Finding> found = new BargainingOrderCheck().check(FIXTURES.checkContext(RisorseUmaneModule.ID, Map.of(),
                Map.of(i.code(), ms), "2025-12-31", i));
        assertEquals(expected, found.stream().map(f -> f.severity().label() + ": " + f.message()).toList());
    }
}
