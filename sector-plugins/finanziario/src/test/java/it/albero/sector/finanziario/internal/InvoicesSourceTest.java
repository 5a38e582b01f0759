package it.albero.sector.finanziario.internal;

import static it.albero.testing.FeedFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.albero.api.feed.FeedProblem;
import it.albero.api.feed.FeedRecord;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Values;
import it.albero.testing.FeedFixtures;
import it.albero.testing.TypeFixtures;

class InvoicesSourceTest {

    private static final String HEADER = "numero;fornitore;importo;data_scadenza;data_pagamento";
    private static final TypeFixtures FIXTURES = new TypeFixtures("TRA1", "Progetti trasversali");
    private final InvoicesSource source = new InvoicesSource();

    private static FeedFixtures context(Indicator... indicators) {
        return new FeedFixtures("TRA1", LocalDate.of(2026, 1, 10), indicators);
    }

    /**
     * The invoice list as a comune exports it, Italian numbers and dates, computed by hand:
     * <pre>
     * numero  fornitore              importo    scadenza    pagamento   giorni  importo x giorni
     * 1/2025  Cartoleria Rossi snc   1.000,00   31/01/2025  10/02/2025    +10        10.000
     * 2/2025  Edilizia Bianchi srl   3.000,00   28/02/2025  20/02/2025     -8       -24.000
     * 3/2025  Servizi Verdi spa      6.000,00   31/03/2025  30/04/2025    +30       180.000
     * 4/2025  Cartoleria Rossi snc     500,00   31/12/2025  (non pagata)   -            -
     *                               --------                                        -------
     *                               10.000,00 pagati                                166.000   ITP = 16,6 giorni
     * </pre>
     */
    @Test
    void theItpOfTheListEqualsTheHandComputation() {
        Indicator itp = FIXTURES.indicator(PaymentTimelinessType.ID, Values.of("massimo", 0));
        FeedFixtures ctx = context(itp);
        List<FeedRecord> records = ctx.read(source, table(HEADER,
                "1/2025;Cartoleria Rossi snc;1.000,00;31/01/2025;10/02/2025",
                "2/2025;Edilizia Bianchi srl;3.000,00;28/02/2025;20/02/2025",
                "3/2025;Servizi Verdi spa;6.000,00;31/03/2025;30/04/2025",
                "4/2025;Cartoleria Rossi snc;500,00;31/12/2025;"));
        assertEquals(List.of(), ctx.errors);
        assertEquals(3, records.size(), "the unpaid invoice is left out");
        assertTrue(ctx.warnings.get(0).message().startsWith("1 fattura non ancora pagata esclusa"), ctx.warnings.toString());
        assertEquals(LocalDate.of(2025, 4, 30), records.get(2).date(), "dated on its payment");
        List<Measurement> ms = records.stream().map(r -> new Measurement(0, r.indicatorCode(), r.date(),
                Values.of(r.values()), r.evidence(), null, "test", Instant.now())).toList();
        Evaluation e = TypeFixtures.eval(new PaymentTimelinessType(), itp, "2026-01-10", ms);
        assertTrue(e.explanation().contains("3 fatture pagate") && e.explanation().contains("€ 10.000")
                && e.explanation().contains("16,6 giorni"), e.explanation());
    }

    @Test
    void badRowsAreErrorsWithRowAndColumnAndAListWithoutItpIndicatorsIsRefused() {
        FeedFixtures ctx = context(FIXTURES.indicator(PaymentTimelinessType.ID, Values.empty()));
        ctx.read(source, table(HEADER,
                "1/2025;A;mille;31/01/2025;10/02/2025",
                "2/2025;B;-3,00;28/02/2025;20/02/2025",
                "3/2025;C;10,00;31/13/2025;",
                "3/2025;C;10,00;31/03/2025;"));
        assertEquals(List.of(2, 3, 4, 5), ctx.errors.stream().map(FeedProblem::row).toList(), ctx.errors.toString());
        assertEquals(List.of("importo", "importo", "data_scadenza", "numero"),
                ctx.errors.stream().map(FeedProblem::column).toList());
        FeedFixtures none = context(FIXTURES.indicator("rapporto", Values.empty()));
        none.read(source, table(HEADER, "1/2025;A;10;31/01/2025;10/02/2025"));
        assertTrue(none.errors.get(0).message().contains("nessuna rilevazione da registrare"), none.errors.toString());
    }
}
