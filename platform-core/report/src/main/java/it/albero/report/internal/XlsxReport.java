package it.albero.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Status;
import it.albero.api.report.ReportKind;
import it.albero.api.spi.Finding;

/**
 * The report as an XLSX workbook (Apache POI, the ServiceMix bundle): one sheet per part; scores are numbers
 * (a fraction shown as a percentage), dates are dates, so that a spreadsheet sorts and sums them.
 */
final class XlsxReport {

    private final ReportData d;
    private final ZoneId zone;
    private XSSFWorkbook wb;
    private CellStyle bold;
    private CellStyle percent;
    private CellStyle date;
    private CellStyle dateTime;
    private CellStyle wrap;

    XlsxReport(ReportData data, ZoneId zone) {
        this.d = data;
        this.zone = zone;
    }

    void write(OutputStream out) throws IOException {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        // POI (XMLBeans) looks up its schema types through the context class loader: give it POI's own
        t.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            wb = workbook;
            styles();
            summary();
            indicators("Indicatori", d.indicators());
            objectives();
            indicators("Scostamenti", d.shortfalls());
            if (d.kind() == ReportKind.MONITORAGGIO) {
                indicators("A rischio", d.atRisk());
                indicators("Scadenze", d.deadlinesAhead());
            }
            overrides();
            findings();
            measurements();
            wb.write(out);
        } finally {
            t.setContextClassLoader(previous);
            wb = null;
        }
    }

    private void styles() {
        CreationHelper h = wb.getCreationHelper();
        bold = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        bold.setFont(f);
        percent = wb.createCellStyle();
        percent.setDataFormat(h.createDataFormat().getFormat("0.0%"));
        date = wb.createCellStyle();
        date.setDataFormat(h.createDataFormat().getFormat("dd/mm/yyyy"));
        dateTime = wb.createCellStyle();
        dateTime.setDataFormat(h.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
    }

    private void summary() {
        Sheet s = wb.createSheet("Sintesi");
        int r = 0;
        r = pair(s, r, "Documento", d.title());
        r = pair(s, r, "Ente", d.ente().name() + " (" + d.ente().code() + ")");
        r = pair(s, r, "Piano", d.planTitle() + " (" + d.planCode() + ")");
        r = pair(s, r, "Anno di riferimento", d.referenceYear());
        r = pair(s, r, "Versione del piano", d.version());
        r = pair(s, r, "Stato del piano", d.status().label());
        r = pair(s, r, "Valutazione al", d.asOf());
        r = pair(s, r, "Generato il", d.generatedAt());
        if (d.unitCode() != null) {
            r = pair(s, r, "Unità", d.unitCode());
        }
        r = pair(s, r, d.unitCode() == null ? "Punteggio dell'ente" : "Punteggio dell'unità", d.total().score());
        r = pair(s, r, "Stato", d.total().status().label());
        r++;
        header(s, r++, "Codice", "Unità", "Punteggio", "Stato", "Indicatori", "Spiegazione");
        int first = r;
        for (ReportData.UnitRow u : d.units()) {
            Row row = s.createRow(r++);
            cells(row, u.code(), u.name(), u.evaluation().score(), u.evaluation().status().label(),
                    u.indicators().size(), u.evaluation().explanation());
        }
        r++;
        header(s, r++, "Stato degli indicatori", "Numero");
        for (Map.Entry<Status, Integer> e : d.distribution().entrySet()) {
            cells(s.createRow(r++), e.getKey().label(), e.getValue());
        }
        widths(s, 26, 50, 12, 24, 12, 80);
        s.createFreezePane(0, first);
    }

    private void indicators(String name, List<ReportData.IndicatorRow> rows) {
        Sheet s = wb.createSheet(name);
        header(s, 0, "Unità", "Obiettivo", "Indicatore", "Strumento di verifica", "Risultato atteso", "Tempi",
                "Scadenza", "Risultato misurato", "Data misurazione", "Punteggio", "Stato", "A rischio",
                "Rettificato", "Spiegazione");
        int r = 1;
        for (ReportData.IndicatorRow i : rows) {
            cells(s.createRow(r++), i.unitCode(), i.objectiveCode(), i.code(), i.instrument(), i.expectedResult(),
                    i.timing(), i.deadline(), i.measured(), i.lastMeasured(), i.evaluation().score(),
                    i.evaluation().status().label(), i.evaluation().atRisk() ? "sì" : "no",
                    i.overridden() ? "sì" : "no", i.evaluation().explanation());
        }
        widths(s, 8, 10, 11, 50, 40, 18, 12, 30, 12, 11, 22, 9, 11, 70);
        s.createFreezePane(0, 1);
    }

    private void objectives() {
        Sheet s = wb.createSheet("Obiettivi");
        header(s, 0, "Unità", "Codice", "Obiettivo", "Livello", "Punteggio", "Stato", "Spiegazione");
        int r = 1;
        for (ReportData.UnitRow u : d.units()) {
            for (ReportData.ObjectiveRow o : u.objectives()) {
                Evaluation e = o.evaluation();
                cells(s.createRow(r++), u.code(), o.code(), o.title(), o.depth() == 0 ? "obiettivo" : "fase",
                        e.score(), e.status().label(), e.explanation());
            }
        }
        widths(s, 8, 10, 70, 10, 11, 22, 70);
        s.createFreezePane(0, 1);
    }

    private void overrides() {
        Sheet s = wb.createSheet("Rettifiche");
        header(s, 0, "Codice", "Livello", "Descrizione", "Punteggio calcolato", "Punteggio rettificato", "Autore",
                "Data", "Nota");
        int r = 1;
        for (ReportData.OverrideRow o : d.overrides()) {
            cells(s.createRow(r++), o.code(), o.kind(), o.label(), o.computed(), o.score(), o.author(), o.at(),
                    o.note());
        }
        widths(s, 10, 11, 50, 12, 12, 16, 17, 60);
    }

    private void findings() {
        Sheet s = wb.createSheet("Rilievi");
        header(s, 0, "Gravità", "Controllo", "Nodo", "Rilievo");
        int r = 1;
        for (Finding f : d.findings()) {
            cells(s.createRow(r++), f.severity().label(), f.checkId(), f.location(), f.message());
        }
        widths(s, 10, 24, 12, 100);
    }

    private void measurements() {
        Sheet s = wb.createSheet("Rilevazioni");
        header(s, 0, "Id", "Unità", "Indicatore", "Data", "Valori", "Evidenza", "Corregge");
        int r = 1;
        for (ReportData.MeasurementRow m : d.measurements()) {
            cells(s.createRow(r++), m.id(), m.unitCode(), m.indicatorCode(), m.date(), m.values(), m.evidence(),
                    m.supersedes());
        }
        widths(s, 8, 8, 11, 12, 60, 50, 10);
        s.createFreezePane(0, 1);
    }

    private int pair(Sheet s, int r, String label, Object value) {
        Row row = s.createRow(r);
        Cell c = row.createCell(0);
        c.setCellValue(label);
        c.setCellStyle(bold);
        set(row.createCell(1), value);
        return r + 1;
    }

    private void header(Sheet s, int r, String... names) {
        Row row = s.createRow(r);
        for (int c = 0; c < names.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names[c]);
            cell.setCellStyle(bold);
        }
    }

    private void cells(Row row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            set(row.createCell(c), values[c]);
        }
    }

    /** A score (a Double in [0,1]) as a percentage, a date as a date, a number as a number; null stays blank. */
    private void set(Cell cell, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Double score) {
            cell.setCellValue(score);
            cell.setCellStyle(percent);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (v instanceof Instant at) {
            cell.setCellValue(LocalDateTime.ofInstant(at, zone));
            cell.setCellStyle(dateTime);
        } else {
            String text = v.toString();
            cell.setCellValue(text.length() > 32_000 ? text.substring(0, 32_000) : text);
            if (text.length() > 60) {
                cell.setCellStyle(wrap);
            }
        }
    }

    private static void widths(Sheet s, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            s.setColumnWidth(c, 256 * chars[c]);
        }
    }
}
