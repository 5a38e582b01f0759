package it.albero.sector.polizialocale.internal;

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
import it.albero.testing.TypeFixtures;

class ControlsSourceTest {

    private static final String HEADER = "data;indicatore;esito;luogo";
    private final ControlsSource source = new ControlsSource();

    /** PL-03.1: controls on the parks from May to September; PL-04.1 all year; PL-05.1 another type. */
    private static FeedFixtures context() {
        Indicator summer = new Indicator("PL-03.1", "N. controlli nei parchi", "Almeno 40 controlli",
                new Timing.ByDate("stagione estiva", LocalDate.of(2025, 9, 30)), TargetedControlsType.ID,
                Values.of("soglia", 40, "finestra", TypeFixtures.window("2025-05-01", "2025-09-30")), null, null);
        Indicator year = new Indicator("PL-04.1", "N. illeciti ambientali", "Almeno 80 illeciti",
                new Timing.ByDate("annuale", LocalDate.of(2025, 12, 31)), TargetedControlsType.ID,
                Values.of("soglia", 80, "misura", "illeciti"), null, null);
        Indicator other = new Indicator("PL-05.1", "Pattugliamenti", "", new Timing.ByDate("annuale",
                LocalDate.of(2025, 12, 31)), "polizia-locale.pattugliamenti", Values.of("minimo", 2), null, null);
        return new FeedFixtures("PL", LocalDate.of(2025, 10, 1), summer, year, other);
    }

    @Test
    void controlsAreCountedPerIndicatorAndDayInsideTheSeasonOnly() {
        FeedFixtures ctx = context();
        List<FeedRecord> records = ctx.read(source, table(HEADER,
                "12/06/2025;PL-03.1;regolare;Parco Pertini",
                "12/06/2025;PL-03.1;sanzione;Parco Pertini",
                "12/06/2025;PL-03.1;;Parco Bassoli",
                "15/10/2025;PL-03.1;regolare;Parco Pertini",
                "13/06/2025;PL-03.1;Illecito;",
                "02/02/2025;PL-04.1;verbale;Via Roma"));
        assertEquals(List.of(), ctx.errors);
        assertEquals(3, records.size());
        FeedRecord june12 = records.get(0);
        assertEquals(LocalDate.of(2025, 6, 12), june12.date());
        assertEquals(BigDecimal.valueOf(3), june12.values().get("controlli"));
        assertEquals(BigDecimal.ONE, june12.values().get("illeciti"));
        assertEquals("Parco Pertini, Parco Bassoli", june12.values().get("luogo"));
        assertEquals(2, june12.row(), "the first row of the day");
        assertEquals(BigDecimal.ONE, records.get(1).values().get("illeciti"));
        assertEquals("PL-04.1", records.get(2).indicatorCode());
        assertEquals(1, ctx.warnings.size());
        FeedProblem outside = ctx.warnings.get(0);
        assertEquals(5, outside.row());
        assertTrue(outside.message().contains("fuori dal periodo di PL-03.1"), outside.message());
    }

    @Test
    void rowsThatCannotCountAreErrorsWithRowAndColumn() {
        FeedFixtures ctx = context();
        ctx.read(source, table(HEADER,
                "12/06/2025;PL-99.9;regolare;",
                "12/06/2025;PL-05.1;regolare;",
                "12/06/2025;PL-03.1;forse;",
                ";PL-03.1;regolare;"));
        assertEquals(List.of(2, 3, 4, 5), ctx.errors.stream().map(FeedProblem::row).toList());
        assertEquals(List.of("indicatore", "indicatore", "esito", "data"),
                ctx.errors.stream().map(FeedProblem::column).toList());
        assertTrue(ctx.errors.get(1).message().contains("alimenta solo gli indicatori di tipo"), ctx.errors.toString());
    }
}
