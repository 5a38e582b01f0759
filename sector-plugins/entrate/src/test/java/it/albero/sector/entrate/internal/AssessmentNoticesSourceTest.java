package it.albero.sector.entrate.internal;

import static it.albero.testing.FeedFixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import it.albero.api.feed.FeedProblem;
import it.albero.api.feed.FeedRecord;
import it.albero.api.model.Indicator;
import it.albero.api.model.Timing;
import it.albero.api.model.Values;
import it.albero.testing.FeedFixtures;

class AssessmentNoticesSourceTest {

    private static final String HEADER = "numero;anno_imposta;data_emissione;data_notifica";
    private final AssessmentNoticesSource source = new AssessmentNoticesSource();

    private static Indicator notices(String code, int taxYear) {
        return new Indicator(code, "N. avvisi di accertamento emessi/N. avvisi di accertamento da emettere",
                "Emissione degli avvisi entro il 31/12/2025", new Timing.ByDate("annuale", LocalDate.of(2025, 12, 31)),
                AssessmentNoticesType.ID, Values.of("target", 100, "anno_imposta", taxYear), null, null);
    }

    private static FeedFixtures context(LocalDate today) {
        return new FeedFixtures("ENT", today, notices("ENT-01.1", 2020), notices("ENT-01.2", 2023));
    }

    @Test
    void countsIssuedOverListedPerTaxYearAsOfTheLatestIssue() {
        FeedFixtures ctx = context(LocalDate.of(2025, 7, 1));
        List<FeedRecord> records = ctx.read(source, table(HEADER,
                "2020/1;2020;15/03/2025;02/04/2025",
                "2020/2;2020;30/06/2025;",
                "2020/3;2020;;",
                "2023/1;2023;10/05/2025;20/05/2025",
                "2023/2;2023;;"));
        assertEquals(List.of(), ctx.errors);
        assertEquals(2, records.size());
        FeedRecord y2020 = records.get(0);
        assertEquals("ENT-01.1", y2020.indicatorCode());
        assertEquals(LocalDate.of(2025, 6, 30), y2020.date(), "as of the latest issue date");
        assertEquals(BigDecimal.valueOf(2), y2020.values().get("emessi"));
        assertEquals(BigDecimal.valueOf(3), y2020.values().get("da_emettere"));
        FeedRecord y2023 = records.get(1);
        assertEquals(BigDecimal.valueOf(1), y2023.values().get("emessi"));
        assertEquals(BigDecimal.valueOf(2), y2023.values().get("da_emettere"));
        // tax year 2020 prescribes on 31/12/2025: the two not notified are flagged, within 90 days or not
        assertEquals(List.of(), ctx.warnings, "1 July is more than 90 days before 31/12/2025");
        FeedFixtures december = context(LocalDate.of(2025, 11, 15));
        december.read(source, table(HEADER, "2020/2;2020;30/06/2025;"));
        assertEquals(2, december.warnings.size(), december.warnings.toString());
        assertTrue(december.warnings.get(0).message().contains("si prescrive il 31/12/2025"),
                december.warnings.toString());
        assertTrue(december.warnings.get(1).message().contains("ENT-01.2: nessun avviso dell'anno d'imposta 2023"),
                december.warnings.toString());
    }

    @Test
    void aNoticeNotifiedAfterItsPrescriptionDateIsFlaggedAtItsRow() {
        FeedFixtures ctx = new FeedFixtures("ENT", LocalDate.of(2026, 2, 1), notices("ENT-01.1", 2020));
        ctx.read(source, table(HEADER,
                "2020/7;2020;20/12/2025;10/01/2026",
                "2020/8;2020;;"));
        assertEquals(List.of(), ctx.errors);
        assertEquals(2, ctx.warnings.size());
        FeedProblem late = ctx.warnings.get(0);
        assertEquals(2, late.row());
        assertEquals("data_notifica", late.column());
        assertTrue(late.message().contains("oltre il termine di prescrizione del 31/12/2025"), late.message());
        assertTrue(ctx.warnings.get(1).message().contains("prescritto dal 01/01/2026"), ctx.warnings.toString());
    }

    @Test
    void badRowsAreErrorsWithRowAndColumn() {
        FeedFixtures ctx = context(LocalDate.of(2025, 7, 1));
        ctx.read(source, table(HEADER,
                "2020/1;duemilaventi;15/03/2025;",
                "2020/2;2020;31/02/2025;",
                "2020/3;2020;;01/04/2025",
                "2020/4;2020;10/04/2025;01/04/2025"));
        assertEquals(List.of(2, 3, 4, 5), ctx.errors.stream().map(FeedProblem::row).toList(), ctx.errors.toString());
        assertEquals(List.of("anno_imposta", "data_emissione", "data_emissione", "data_notifica"),
                ctx.errors.stream().map(FeedProblem::column).toList());
    }

    @Test
    void aMissingColumnRefusesTheFileNamingIt() {
        FeedFixtures ctx = context(LocalDate.of(2025, 7, 1));
        ctx.read(source, table("numero;anno;data_emissione", "1;2020;01/01/2025"));
        assertEquals(1, ctx.errors.size());
        assertTrue(ctx.errors.get(0).message().contains("anno_imposta, data_notifica"), ctx.errors.toString());
    }
}
