package it.albero.sector.finanziario.internal;

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
import it.albero.api.model.Values;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Severity;
import it.albero.testing.TypeFixtures;

/** L. 145/2018, c. 859-862: when the "fondo di garanzia debiti commerciali" is due, and how much. */
class GuaranteeFundCheckTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("FIN", "Settore Finanziario");

    /** One invoice of € 1.000 paid {@code delay} days after its due date (31/03 of the year). */
    private static Measurement paidLate(int year, int delay) {
        String due = year + "-03-31";
        return FinanziarioTypesTest.invoice("1/" + year, 1000, due, java.time.LocalDate.parse(due).plusDays(delay).toString());
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("ITP 2024 di 5 giorni: 1%", Values.empty(), List.of(paidLate(2024, 5)), Severity.AVVISO,
                        "ITP 2024 positivo (5 giorni): nel 2025 va stanziato il fondo di garanzia debiti commerciali pari al 1%"),
                Arguments.of("ITP 2024 di 16,6 giorni (l'elenco del test dei tipi, un anno prima): 2%", Values.empty(),
                        shiftToPreviousYear(FinanziarioTypesTest.INVOICES), Severity.AVVISO, "ITP 2024 positivo (16,6 giorni)"),
                Arguments.of("ITP 2024 di 45 giorni: 3%", Values.empty(), List.of(paidLate(2024, 45)), Severity.AVVISO, "pari al 3%"),
                Arguments.of("ITP 2024 di 61 giorni: 5%", Values.empty(), List.of(paidLate(2024, 61)), Severity.AVVISO, "pari al 5%"),
                Arguments.of("debito ridotto solo del 5%: 5% anche con ITP negativo", Values.of("debito_commerciale", 950000,
                        "debito_commerciale_base", 1000000), List.of(paidLate(2024, -3)), Severity.AVVISO,
                        "debito commerciale al 31/12/2024 di € 950.000 contro € 1.000.000 al 31/12/2023: riduzione del 5%, inferiore al"
                                + " 10%: nel 2025 va stanziato il fondo di garanzia debiti commerciali pari al 5%"),
                Arguments.of("ITP 2025 finora positivo: avviso per il 2026", Values.empty(), List.of(paidLate(2024, -3), paidLate(2025, 12)),
                        Severity.AVVISO, "ITP 2025 finora positivo (12 giorni): se resta tale, nel 2026 servirà il fondo"),
                Arguments.of("nessun dato dell'anno precedente", Values.empty(), List.of(), Severity.INFO,
                        "Nessuna fattura pagata nel 2024 e nessuno stock del debito commerciale"));
    }

    private static List<Measurement> shiftToPreviousYear(List<Measurement> ms) {
        List<Measurement> out = new ArrayList<>();
        for (Measurement m : ms) {
            Values v = m.values();
            out.add(FinanziarioTypesTest.invoice(v.requireText("fattura"), v.requireNumber("importo").intValue(),
                    v.requireDate("data_scadenza").minusYears(1).toString(), v.requireDate("data_pagamento").minusYears(1).toString()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsWhenTheFundIsDue(String name, Values params, List<Measurement> ms, Severity severity, String words) {
        Indicator i = FIXTURES.indicator(PaymentTimelinessType.ID, params);
        assertTrue(new PaymentTimelinessType().validate(i).isEmpty());
        List<Finding> found = new GuaranteeFundCheck().check(FIXTURES.checkContext(FinanziarioModule.ID, Map.of(),
                Map.of(i.code(), ms), "2025-06-01", i));
        assertTrue(found.stream().anyMatch(f -> f.severity() == severity && f.message().contains(words)
                && f.location().equals(i.code())), found.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("none")
    void saysNothingWhenTheFundIsNotDue(String name, Values params, List<Measurement> ms) {
        Indicator i = FIXTURES.indicator(PaymentTimelinessType.ID, params);
        assertEquals(List.of(), new GuaranteeFundCheck().check(FIXTURES.checkContext(FinanziarioModule.ID, Map.of(),
                Map.of(i.code(), ms), "2025-06-01", i)));
    }

    static Stream<Arguments> none() {
        return Stream.of(
                Arguments.of("ITP 2024 negativo", Values.empty(), List.of(paidLate(2024, -3))),
                Arguments.of("ITP 2024 zero e debito ridotto del 12%", Values.of("debito_commerciale", 880000,
                        "debito_commerciale_base", 1000000), List.of(paidLate(2024, 0))),
                Arguments.of("debito non ridotto ma entro il 5% delle fatture ricevute", Values.of("debito_commerciale", 40000,
                        "debito_commerciale_base", 40000, "fatture_ricevute", 1000000), List.of(paidLate(2024, -1))));
    }
}
