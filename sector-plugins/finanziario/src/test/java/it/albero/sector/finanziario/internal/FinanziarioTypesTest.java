package it.albero.sector.finanziario.internal;

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

class FinanziarioTypesTest {

    private static final TypeFixtures FIXTURES = new TypeFixtures("FIN", "Settore Finanziario");

    static Measurement invoice(String number, int amount, String due, String paid) {
        return FIXTURES.m(paid, "fattura", number, "fornitore", "Fornitore " + number, "importo", amount,
                "data_scadenza", due, "data_pagamento", paid);
    }

    /**
     * The invoice list of the tests, computed by hand:
     * <pre>
     * fattura  importo  scadenza    pagamento   giorni  importo x giorni
     * 1/2025     1.000  31/01/2025  10/02/2025    +10        10.000
     * 2/2025     3.000  28/02/2025  20/02/2025     -8       -24.000
     * 3/2025     6.000  31/03/2025  30/04/2025    +30       180.000
     *           ------                                      -------
     *           10.000                                      166.000   ITP = 166.000 / 10.000 = 16,6 giorni
     * </pre>
     * Paid by the due date (0 days of grace): only 2/2025, € 3.000 = 30% of the amount; within 20 days: 1/2025 and
     * 2/2025, 40%. By 01/03/2025 only 1/2025 and 2/2025 are paid: (10.000 - 24.000) / 4.000 = -3,5 giorni.
     */
    static final List<Measurement> INVOICES = List.of(invoice("1/2025", 1000, "2025-01-31", "2025-02-10"),
            invoice("2/2025", 3000, "2025-02-28", "2025-02-20"), invoice("3/2025", 6000, "2025-03-31", "2025-04-30"));

    static Stream<Arguments> rows() {
        IndicatorType itp = new PaymentTimelinessType();
        IndicatorType costs = new CostReductionType();
        // FIN-01.1: "Proposta riduzione costi almeno del 5% rispetto al triennio precedente", "almeno tre ambiti"
        Values fin01 = Values.of("riduzione", 5, "ambiti", 3, "scadenza", "2025-06-30");
        return Stream.of(
                Arguments.of("ITP 16,6 giorni contro 0: superato", itp, Values.empty(), "2026-01-10", INVOICES,
                        Status.NON_RAGGIUNTO, 0.3,
                        "3 fatture pagate nel periodo 01/01/2025-31/12/2025 per € 10.000: indicatore di tempestività dei pagamenti"
                                + " 16,6 giorni (ritardo medio ponderato per importo) contro un massimo di 0 giorni (superato);"
                                + " pagato nei termini il 30% dell'importo."),
                Arguments.of("ITP entro il massimo di 20 giorni", itp, Values.of("massimo", 20), "2026-01-10", INVOICES,
                        Status.RAGGIUNTO, 1.0, "16,6 giorni (ritardo medio ponderato per importo) contro un massimo di 20 giorni"
                                + " (rispettato); pagato nei termini il 40% dell'importo."),
                Arguments.of("ITP negativo a inizio anno: in corso, non ancora definitivo", itp, Values.empty(), "2025-03-01",
                        INVOICES, Status.IN_CORSO, 1.0, "2 fatture pagate nel periodo 01/01/2025-31/12/2025 per € 4.000:"
                                + " indicatore di tempestività dei pagamenti -3,5 giorni"),
                Arguments.of("ITP del solo trimestre", itp, Values.of("periodo", TypeFixtures.window("2025-04-01", "2025-06-30")),
                        "2025-07-01", INVOICES, Status.NON_RAGGIUNTO, 0.0, "1 fattura pagata nel periodo 01/04/2025-30/06/2025 per € 6.000:"
                                + " indicatore di tempestività dei pagamenti 30 giorni"),
                Arguments.of("fattura rettificata: conta l'ultima riga", itp, Values.empty(), "2026-01-10",
                        List.of(invoice("1/2025", 1000, "2025-01-31", "2025-02-10"), invoice("1/2025", 1000, "2025-01-31", "2025-01-30")),
                        Status.RAGGIUNTO, 1.0, "1 fattura pagata nel periodo 01/01/2025-31/12/2025 per € 1.000: indicatore di"
                                + " tempestività dei pagamenti -1 giorni"),
                Arguments.of("nessuna fattura pagata a fine anno", itp, Values.empty(), "2026-01-10", List.of(),
                        Status.DATI_MANCANTI, null, "Nessuna rilevazione di fatture pagate."),
                Arguments.of("importo non positivo", itp, Values.empty(), "2026-01-10", List.of(invoice("9/2025", 0, "2025-01-31", "2025-02-10")),
                        Status.ERRORE, null, "la fattura 9/2025 ha importo € 0, deve essere positivo"),
                Arguments.of("tre ambiti, riduzione del 5%", costs, fin01, "2025-07-01",
                        List.of(FIXTURES.m("2025-05-10", "ambito", "Illuminazione pubblica", "costo_triennio", 40000, "costo_proposto", 38000),
                                FIXTURES.m("2025-05-20", "ambito", "Utenze telefoniche", "costo_triennio", 35000, "costo_proposto", 33500),
                                FIXTURES.m("2025-06-10", "ambito", "Noleggio stampanti", "costo_triennio", 25000, "costo_proposto", 23500)),
                        Status.RAGGIUNTO, 1.0, "3 ambiti valutati su almeno 3: costi proposti € 95.000 contro € 100.000 di media annua"
                                + " nel triennio precedente, riduzione del 5% contro un target di riduzione del 5%."),
                Arguments.of("due ambiti su tre", costs, fin01, "2025-07-01",
                        List.of(FIXTURES.m("2025-05-10", "ambito", "Illuminazione pubblica", "costo_triennio", 40000, "costo_proposto", 36000),
                                FIXTURES.m("2025-05-20", "ambito", "Utenze telefoniche", "costo_triennio", 35000, "costo_proposto", 33500)),
                        Status.PARZIALMENTE_RAGGIUNTO, 2.0 / 3, "2 ambiti valutati su almeno 3"),
                Arguments.of("ambito rivalutato: conta l'ultima proposta", costs, fin01, "2025-07-01",
                        List.of(FIXTURES.m("2025-05-10", "ambito", "Utenze", "costo_triennio", 10000, "costo_proposto", 9800),
                                FIXTURES.m("2025-06-10", "ambito", "utenze", "costo_triennio", 10000, "costo_proposto", 9900)),
                        Status.NON_RAGGIUNTO, 0.2, "riduzione del 1% contro un target di riduzione del 5%"),
                Arguments.of("costi in aumento", costs, fin01, "2025-07-01",
                        List.of(FIXTURES.m("2025-05-10", "ambito", "Mensa", "costo_triennio", 10000, "costo_proposto", 11000)),
                        Status.NON_RAGGIUNTO, 0.0, "aumento del 10% contro un target di riduzione del 5%"),
                Arguments.of("nessun ambito prima della scadenza", costs, fin01, "2025-04-01", List.of(),
                        Status.NON_ANCORA_DOVUTO, null, "scadenza 30/06/2025"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void evaluates(String name, IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
                   Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(new PaymentTimelinessType(), Values.of("massimo", -1), "'massimo' non può essere negativo"),
                Arguments.of(new CostReductionType(), Values.of("riduzione", 0), "la riduzione deve essere tra 0 e 100%"),
                Arguments.of(new CostReductionType(), Values.of("ambiti", 3), "manca 'riduzione'"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsBadParameters(IndicatorType type, Values params, String words) {
        List<String> problems = type.validate(FIXTURES.indicator(type.id(), params));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }
}
