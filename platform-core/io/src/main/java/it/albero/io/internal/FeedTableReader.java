package it.albero.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import it.albero.api.feed.FeedException;
import it.albero.api.feed.FeedRow;
import it.albero.api.feed.FeedTable;
import it.albero.api.feed.TableReader;
import it.albero.api.io.ImportProblem;

/**
 * Fed files as tables, with the same CSV and XLSX readers as plan files: UTF-8 with or without BOM, {@code ;} or
 * {@code ,}, the first sheet of a workbook (numbers and dates written the Italian way for the one parser).
 */
@Component(service = TableReader.class)
public class FeedTableReader implements TableReader {

    @Override
    public FeedTable read(String fileName, byte[] content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        Problems problems = new Problems(fileName);
        CsvPlanFile.Grid grid;
        if (lower.endsWith(".xlsx")) {
            grid = new XlsxPlanFile().read(content, problems);
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            grid = new CsvPlanFile().read(content, problems);
        } else {
            throw new FeedException(0, "-", "formato non riconosciuto dal nome '" + fileName
                    + "': usare un file .csv (UTF-8) o .xlsx");
        }
        if (grid == null || problems.hasErrors()) {
            ImportProblem p = problems.errors().get(0);
            throw new FeedException(p.row(), p.column(), p.reason());
        }
        if (grid.rows().isEmpty()) {
            throw new FeedException(0, "-", "il file è vuoto: manca l'intestazione");
        }
        List<String> header = grid.rows().get(0).stream().map(h -> h == null ? "" : h.strip()).toList();
        List<FeedRow> rows = new ArrayList<>(grid.rows().size());
        for (int r = 1; r < grid.rows().size(); r++) {
            List<String> cells = grid.rows().get(r);
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (!header.get(c).isEmpty()) {
                    byColumn.put(header.get(c), c < cells.size() ? cells.get(c) : "");
                }
            }
            FeedRow row = new FeedRow(grid.numbers().get(r), byColumn);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return new FeedTable(fileName, header, rows);
    }
}
