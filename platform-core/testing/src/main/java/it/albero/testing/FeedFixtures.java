package it.albero.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.albero.api.feed.FeedContext;
import it.albero.api.feed.FeedException;
import it.albero.api.feed.FeedProblem;
import it.albero.api.feed.FeedRecord;
import it.albero.api.feed.FeedRow;
import it.albero.api.feed.FeedSource;
import it.albero.api.feed.FeedTable;
import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.UnitKind;

/**
 * Drives a feed source in a unit test as the feed service would: a table written as CSV-like lines ({@code ;}
 * separated, header first, rows numbered from 2 as a spreadsheet shows them), a one-unit plan 2025-2027 with the
 * given indicators, today's date, and the problems collected.
 */
public final class FeedFixtures implements FeedContext {

    private final Plan plan;
    private final LocalDate today;
    public final List<FeedProblem> errors = new ArrayList<>();
    public final List<FeedProblem> warnings = new ArrayList<>();

    public FeedFixtures(String unitCode, LocalDate today, Indicator... indicators) {
        Objective o = new Objective(unitCode + "-01", "Obiettivo di prova", null, Map.of(), List.of(),
                List.of(indicators), null);
        this.plan = new Plan("PIAO-2025", new Ente("comune-prova", "Comune di Prova"), "Piano di prova", 2025, 2027,
                2025, PlanStatus.BOZZA, 1, List.of(new OrgUnit(unitCode, "Unità di prova", UnitKind.SETTORE, null,
                        List.of(o), null)));
        this.today = today;
    }

    /** {@code table("numero;importo", "1;100,50", ...)}: the file {@code prova.csv}. */
    public static FeedTable table(String header, String... rows) {
        List<String> names = List.of(header.split(";", -1));
        List<FeedRow> out = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            String[] cells = rows[r].split(";", -1);
            Map<String, String> byName = new LinkedHashMap<>();
            for (int c = 0; c < names.size(); c++) {
                byName.put(names.get(c), c < cells.length ? cells[c] : "");
            }
            out.add(new FeedRow(r + 2, byName));
        }
        return new FeedTable("prova.csv", names, out);
    }

    /** The source's records, with a {@link FeedException} that stops the reading turned into an error. */
    public List<FeedRecord> read(FeedSource source, FeedTable table) {
        try {
            return source.read(table, this);
        } catch (FeedException e) {
            error(e.row(), e.column(), e.getMessage());
            return List.of();
        }
    }

    @Override
    public Plan plan() {
        return plan;
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public List<Indicator> indicatorsOfType(String typeId) {
        return plan.indicators().stream().filter(i -> i.typeId().equals(typeId)).toList();
    }

    @Override
    public void error(int row, String column, String message) {
        errors.add(new FeedProblem("prova.csv", row, column, message));
    }

    @Override
    public void warning(int row, String column, String message) {
        warnings.add(new FeedProblem("prova.csv", row, column, message));
    }
}
