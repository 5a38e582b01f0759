package it.albero.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Ente;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.NodeEvaluation.Kind;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.ScoreOverride;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.model.UnitKind;
import it.albero.api.model.Values;
import it.albero.api.report.ReportFormat;
import it.albero.api.report.ReportKind;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Texts;

/**
 * The report's content from a small plan with known evaluations: the PDF read back with OpenPDF's text extraction,
 * the XLSX with POI and the CSV with commons-csv all show the same score for every unit and indicator; the CSV has no
 * author nor note; the monitoring lists what is at risk and due.
 */
class ReportContentTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /** Two units, an objective with a phase, an override with its author and note, measurements with evidence. */
    static ReportData sample(ReportKind kind, String unit) {
        Indicator ent1 = new Indicator("ENT-01.1", "Avvisi di accertamento emessi", "Almeno l'80% degli avvisi",
                new Timing.ByDate("entro il 15/09/2025", LocalDate.of(2025, 9, 15)), "rapporto", Values.empty(), null,
                null);
        Indicator ent2 = new Indicator("ENT-01.2", "Riscossione coattiva, fase 1", "Ruoli ≥ 90%",
                new Timing.ByDate("entro il 31/07/2025", LocalDate.of(2025, 7, 31)), "rapporto", Values.empty(), null,
                null);
        Objective phase = new Objective("ENT-01.F1", "Fase uno", null, Map.of(), List.of(), List.of(ent2), null);
        Objective ent = new Objective("ENT-01", "Recupero dell'evasione", null, Map.of(), List.of(phase),
                List.of(ent1), null);
        Indicator wel1 = new Indicator("WEL-01.1", "Progetti di inclusione avviati", "3 progetti",
                new Timing.Period("2 sem", Timing.PeriodKind.SEMESTRE, 2, 2025), "conteggio", Values.empty(), null,
                null);
        Objective wel = new Objective("WEL-01", "Inclusione sociale", null, Map.of(), List.of(), List.of(wel1), null);
        Plan plan = new Plan("PIAO-2025", new Ente("prova", "Comune di Prova"), "Piano della performance 2025", 2025,
                2027, 2025, PlanStatus.MONITORAGGIO, 4, List.of(
                new OrgUnit("ENT", "Settore Entrate", UnitKind.SETTORE, null, List.of(ent), null),
                new OrgUnit("WEL", "Settore Welfare, Casa e Lavoro", UnitKind.SETTORE, null, List.of(wel), null)));

        ScoreOverride ov = new ScoreOverride("ENT-01.2", 0.9, "Ritardo non imputabile al settore", "oiv.rossi",
                Instant.parse("2025-07-02T10:00:00Z"));
        NodeEvaluation i1 = leaf("ENT-01.1", new Evaluation(0.735, Status.IN_CORSO,
                "Emessi 1.200 su 1.500 (80%) rispetto al 100% atteso.", true));
        NodeEvaluation i2 = new NodeEvaluation(Kind.INDICATORE, "ENT-01.2", "Riscossione", 1,
                Evaluation.of(0.9, Status.PARZIALMENTE_RAGGIUNTO, "Valore rettificato da oiv.rossi il 02/07/2025:"
                        + " Ritardo non imputabile al settore (calcolato: 40%)"), List.of(),
                Evaluation.of(0.4, Status.NON_RAGGIUNTO, "Ruoli 40%."), ov);
        NodeEvaluation ph = node(Kind.OBIETTIVO, "ENT-01.F1", 0.9, Status.PARZIALMENTE_RAGGIUNTO, i2);
        NodeEvaluation o1 = node(Kind.OBIETTIVO, "ENT-01", 0.8175, Status.PARZIALMENTE_RAGGIUNTO, i1, ph);
        NodeEvaluation u1 = node(Kind.UNITA, "ENT", 0.8175, Status.PARZIALMENTE_RAGGIUNTO, o1);
        NodeEvaluation i3 = leaf("WEL-01.1", Evaluation.of(1.0, Status.RAGGIUNTO, "3 progetti su 3."));
        NodeEvaluation o2 = node(Kind.OBIETTIVO, "WEL-01", 1.0, Status.RAGGIUNTO, i3);
        NodeEvaluation u2 = node(Kind.UNITA, "WEL", 1.0, Status.RAGGIUNTO, o2);
        NodeEvaluation root = node(Kind.ENTE, "PIAO-2025", 0.90875, Status.PARZIALMENTE_RAGGIUNTO, u1, u2);

        Map<String, List<Measurement>> ms = new HashMap<>();
        ms.put("ENT-01.1", List.of(
                new Measurement(7, "ENT-01.1", LocalDate.of(2025, 3, 31), Values.of("emessi", 900, "da_emettere", 1500),
                        "Determina n. 12 del 02/04/2025", "nota interna riservata", "entrate.bianchi", Instant.now()),
                new Measurement(9, "ENT-01.1", LocalDate.of(2025, 6, 30), Values.of("emessi", 1200, "da_emettere", 1500),
                        "Determina n. 123 del 12/05/2025", "altra nota interna", "entrate.bianchi", Instant.now(), 8L),
                new Measurement(11, "ENT-01.1", LocalDate.of(2025, 9, 30), Values.of("emessi", 1400, "da_emettere", 1500),
                        "dopo la data", null, "entrate.bianchi", Instant.now())));
        ms.put("WEL-01.1", List.of(new Measurement(10, "WEL-01.1", LocalDate.of(2025, 5, 15), Values.of("valore", 3),
                "Delibera G.C. n. 45", null, "welfare.verdi", Instant.now())));
        MeasurementSource source = code -> ms.getOrDefault(code, List.of());
        List<Finding> findings = List.of(
                new Finding("scadenze", Severity.INFO, "WEL-01.1", "Nota informativa."),
                new Finding("scadenze", Severity.AVVISO, "ENT-01.2", "Scadenza 31/07/2025 vicina."),
                new Finding("parametri", Severity.ERRORE, "WEL-01.1", "Parametro mancante."));
        return ReportAssembler.assemble(kind, plan, root, findings, source, AS_OF, unit,
                Instant.parse("2025-07-03T08:00:00Z"));
    }

    private static NodeEvaluation leaf(String code, Evaluation e) {
        return new NodeEvaluation(Kind.INDICATORE, code, code, 1, e, List.of());
    }

    private static NodeEvaluation node(Kind kind, String code, double score, Status status, NodeEvaluation... kids) {
        return new NodeEvaluation(kind, code, code, 1, Evaluation.of(score, status, "Media pesata."), List.of(kids));
    }

    static byte[] bytes(ReportData d, ReportFormat f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportImpl(d, ROME).write(f, out);
        return out.toByteArray();
    }

    /** Every page's text, by OpenPDF's own extraction. */
    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor x = new PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                sb.append(x.getTextFromPage(p)).append('\n');
            }
            return sb.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void assemblesTheSnapshot() {
        ReportData d = sample(ReportKind.RELAZIONE, null);
        assertEquals(List.of("ENT", "WEL"), d.units().stream().map(ReportData.UnitRow::code).toList());
        assertEquals(List.of("ENT-01", "ENT-01.F1"), d.units().get(0).objectives().stream()
                .map(ReportData.ObjectiveRow::code).toList());
        assertEquals(1, d.units().get(0).objectives().get(1).depth());
        assertEquals(3, d.indicators().size());
        ReportData.IndicatorRow ent1 = d.indicators().get(0);
        assertEquals("emessi 1.200; da_emettere 1.500", ent1.measured(), "latest measurement up to the as-of date");
        assertEquals(LocalDate.of(2025, 6, 30), ent1.lastMeasured());
        assertEquals(3, d.measurements().size(), "the measurement after the as-of date is left out");
        assertEquals(List.of("ENT-01.2"), d.shortfalls().stream().map(ReportData.IndicatorRow::code).toList());
        assertEquals(1, d.overrides().size());
        assertEquals("oiv.rossi", d.overrides().get(0).author());
        assertEquals(0.4, d.overrides().get(0).computed());
        assertEquals(Severity.ERRORE, d.findings().get(0).severity(), "most serious first");
        assertEquals(2, d.openFindings().size());
        assertEquals(Map.of(Status.IN_CORSO, 1, Status.PARZIALMENTE_RAGGIUNTO, 1, Status.RAGGIUNTO, 1),
                nonZero(d.distribution()));
        assertEquals(List.of("ENT-01.1"), d.deadlinesAhead().stream().map(ReportData.IndicatorRow::code).toList(),
                "15/09 is within 90 days and in corso; 31/07 is within them too but final");
    }

    private static Map<Status, Integer> nonZero(Map<Status, Integer> m) {
        Map<Status, Integer> out = new HashMap<>();
        m.forEach((k, v) -> {
            if (v > 0) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Test
    void oneUnitOnly() {
        ReportData d = sample(ReportKind.RELAZIONE, "WEL");
        assertEquals(List.of("WEL"), d.units().stream().map(ReportData.UnitRow::code).toList());
        assertEquals(1.0, d.total().score());
        assertEquals(List.of("WEL-01.1"), d.findings().stream().map(Finding::location).distinct().toList());
        assertEquals(1, d.measurements().size());
    }

    @Test
    void pdfXlsxAndCsvShowTheSameNumbers() throws Exception {
        ReportData d = sample(ReportKind.RELAZIONE, null);
        byte[] pdf = bytes(d, ReportFormat.PDF);
        String text = pdfText(pdf);
        assertTrue(text.contains("Relazione sulla performance 2025"), text);
        assertTrue(text.contains("Comune di Prova"), text);
        // table cells are extracted side by side without a space
        String compact = text.replaceAll("\\s+", "");
        assertTrue(compact.contains("Valutazioneal30/06/2025"), text);
        assertTrue(compact.contains("Versionedelpiano4"), text);
        Map<String, String> pdfUnits = PdfFigures.unitScores(text, List.of("ENT", "WEL"));
        assertEquals(Map.of("ENT", "81,8%", "WEL", "100%"), pdfUnits);
        assertTrue(text.contains("Punteggio complessivo dell'ente: 90,9%"), text);
        assertTrue(text.contains("oiv.rossi"), "the Relazione shows who overrode");
        assertTrue(text.contains("Determina n. 123 del 12/05/2025"), "the annex shows the evidence");
        assertTrue(text.contains("Ruoli >= 90%"), "a sign outside WinAnsi is written out");

        byte[] xlsx = bytes(d, ReportFormat.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = wb.getSheet("Sintesi");
            Map<String, Double> units = new HashMap<>();
            for (Row r : summary) {
                String a = r.getCell(0) == null ? "" : r.getCell(0).toString();
                if ((a.equals("ENT") || a.equals("WEL")) && r.getCell(2) != null) {
                    units.put(a, r.getCell(2).getNumericCellValue());
                }
                if (a.equals("Valutazione al")) {
                    assertTrue(DateUtil.isCellDateFormatted(r.getCell(1)), "a real date");
                    assertEquals(AS_OF, r.getCell(1).getLocalDateTimeCellValue().toLocalDate());
                }
            }
            assertEquals(Map.of("ENT", 0.8175, "WEL", 1.0), units);
            for (String u : units.keySet()) {
                assertEquals(pdfUnits.get(u), Texts.percent(units.get(u)), "XLSX agrees with the PDF for " + u);
            }
            Sheet ind = wb.getSheet("Indicatori");
            assertEquals(3, ind.getLastRowNum());
            assertEquals(0.735, ind.getRow(1).getCell(9).getNumericCellValue(), 1e-12);
            assertEquals(LocalDate.of(2025, 9, 15), ind.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(1, wb.getSheet("Rettifiche").getLastRowNum());
            assertEquals(3, wb.getSheet("Rilevazioni").getLastRowNum());
        }

        byte[] csv = bytes(d, ReportFormat.CSV);
        String csvText = new String(csv, StandardCharsets.UTF_8);
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(new StringReader(csvText),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(CsvReport.COLUMNS, p.getHeaderNames());
            rows = p.getRecords();
        }
        assertEquals(3, rows.size(), "one row per indicator");
        for (CSVRecord r : rows) {
            String u = r.get("unita_codice");
            assertEquals(pdfUnits.get(u), Texts.percent(Double.parseDouble(r.get("unita_punteggio")) / 100),
                    "CSV agrees with the PDF for " + u);
            assertEquals("2025-06-30", r.get("data_valutazione"));
            assertEquals("4", r.get("piano_versione"));
        }
        assertEquals("73.50", rows.get(0).get("punteggio"));
        assertEquals("si", rows.get(0).get("a_rischio"));
        assertEquals("si", rows.get(1).get("rettificato"));
        assertEquals("Settore Welfare, Casa e Lavoro", rows.get(2).get("unita_nome"), "a comma is quoted");
        for (String personal : List.of("oiv.rossi", "entrate.bianchi", "welfare.verdi", "nota interna",
                "Ritardo non imputabile", "Determina")) {
            assertFalse(csvText.contains(personal), "open data must not carry '" + personal + "'");
        }
    }

    @Test
    void monitoringHighlightsRiskAndDeadlines() throws Exception {
        ReportData d = sample(ReportKind.MONITORAGGIO, null);
        String text = pdfText(bytes(d, ReportFormat.PDF));
        assertTrue(text.contains("Monitoraggio intermedio 2025"), text);
        assertTrue(text.contains("Indicatori a rischio"), text);
        assertTrue(text.contains("Scadenze nei prossimi 90 giorni"), text);
        assertTrue(text.contains("in corso, a rischio"), text);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(d, ReportFormat.XLSX)))) {
            assertNotNull(wb.getSheet("A rischio"));
            assertEquals(1, wb.getSheet("A rischio").getLastRowNum());
            assertEquals("ENT-01.1", wb.getSheet("A rischio").getRow(1).getCell(2).getStringCellValue());
        }
    }

    @Test
    void fileNamesSayWhatAndWhen() {
        ReportImpl r = new ReportImpl(sample(ReportKind.RELAZIONE, "WEL"), ROME);
        assertEquals("prova-PIAO-2025-relazione-WEL-2025-06-30.pdf", r.fileName(ReportFormat.PDF));
        assertEquals(4, r.planVersion());
        assertEquals(PlanStatus.MONITORAGGIO, r.planStatus());
    }

    @Test
    void thePublicPageHasNoPersonalData() {
        ReportData d = sample(ReportKind.MONITORAGGIO, null);
        String html = TransparencyPage.plan(d, "../PIAO-2025.csv");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"it\">"));
        assertTrue(html.contains("<th scope=\"col\">Punteggio</th>"));
        assertTrue(html.contains("81,8%"));
        assertTrue(html.contains("Punteggio rettificato in sede di verifica (calcolato: 40%)."), html);
        for (String personal : List.of("oiv.rossi", "entrate.bianchi", "nota interna", "Ritardo non imputabile",
                "Determina")) {
            assertFalse(html.contains(personal), "the public page must not show '" + personal + "'");
        }
        List<String> headings = new ArrayList<>();
        html.lines().filter(l -> l.matches(".*<h[1-6].*")).forEach(headings::add);
        assertEquals(1, headings.stream().filter(h -> h.contains("<h1")).count(), "one h1");
        assertTrue(TransparencyPage.esc("<script>&\"'").equals("&lt;script&gt;&amp;&quot;&#39;"));
    }
}
