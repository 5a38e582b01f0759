package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import it.albero.api.engine.Engine;
import it.albero.api.engine.ModuleInfo;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.report.Report;
import it.albero.api.report.ReportFormat;
import it.albero.api.report.ReportKind;
import it.albero.api.report.ReportService;
import it.albero.api.service.Caller;
import it.albero.api.service.EvaluationService;
import it.albero.api.service.PlanService;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Texts;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/**
 * Issue 11 on the real distribution: the seed plan with about one measurement per indicator (every sector installed);
 * the Relazione produced through REST and the console, read back (OpenPDF's text extraction, POI, commons-csv) agrees
 * with the engine's evaluation for every unit; the public page /trasparenza/ needs no login, shows no author, note or
 * evidence, refuses every write and goes away when switched off.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReportIT extends AlberoTestSupport {

    private static final PlanKey SEED = SeedPlanIT.SEED;
    private static final String P = "/plans/cesano-boscone/PIAO-2025";
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
    /** Names and notes that the internal reports may show and the public outputs must not. */
    private static final String AUTHOR = "mario.rossi.itest";
    private static final String NOTE = "NOTA-RISERVATA-ITEST";
    private static final String OIV = "oiv.bianchi.itest";
    private static final String OVERRIDE_NOTE = "RETTIFICA-RISERVATA-ITEST";
    private static final String EVIDENCE = "Verbale n. 77 del 31/03/2025";

    // ---------------------------------------------------------------------------------------------------- fixture

    /** Every sector installed and one measurement per indicator where the type's sample fits (once per container). */
    private void measured() {
        if (!service(Engine.class).modules().stream().map(ModuleInfo::id).collect(Collectors.toSet())
                .containsAll(EvaluationIT.SECTORS)) {
            try {
                installAndAssertFeature("albero-all");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            waitFor("sectors not installed", () -> service(Engine.class).modules().stream().map(ModuleInfo::id)
                    .collect(Collectors.toSet()).containsAll(EvaluationIT.SECTORS), SHORT);
        }
        MeasurementStore store = service(MeasurementStore.class);
        if (store.count(SEED) > 0) {
            return;
        }
        Engine engine = service(Engine.class);
        Plan plan = service(PlanStore.class).load(SEED).orElseThrow();
        int recorded = 0;
        for (Indicator i : plan.indicators()) {
            IndicatorType type = engine.type(i.typeId()).orElseThrow();
            Measurement m = new Measurement(0, i.code(), LocalDate.of(2025, 3, 31), EvaluationIT.sample(type, i),
                    EVIDENCE, NOTE, AUTHOR, null);
            if (engine.validate(i, m).isEmpty()) {
                store.record(SEED, m);
                recorded++;
            }
        }
        System.out.println("ReportIT: " + recorded + " measurements recorded for " + plan.indicators().size()
                + " indicators");
        assertTrue("about one measurement per indicator: " + recorded, recorded > plan.indicators().size() * 9 / 10);
        // an OIV override, with its author and note: in the Relazione, never on the public page nor in the open data
        service(PlanService.class).override(Caller.of(OIV, Caller.OIV), SEED, "ENT-01", 0.85, OVERRIDE_NOTE);
    }

    private static Caller reader() {
        return Caller.of("lettore", Caller.LETTORE);
    }

    /** The engine's evaluation of every unit, as the PDF writes it. */
    private Map<String, Double> engineUnits(LocalDate asOf) {
        NodeEvaluation root = service(EvaluationService.class).evaluate(reader(), SEED, asOf, null);
        Map<String, Double> out = new LinkedHashMap<>();
        root.children().forEach(u -> out.put(u.code(), u.evaluation().score()));
        return out;
    }

    private static String percent(Double score) {
        return score == null ? "-" : Texts.percent(score);
    }

    // ---------------------------------------------------------------------------------------------- the Relazione

    @Test
    public void theRelazioneAgreesWithTheEngineInEveryFormat() throws Exception {
        measured();
        RestClient rest = new RestClient(bundleContext);
        Map<String, Double> engine = engineUnits(YEAR_END);
        assertTrue("units: " + engine, engine.size() > 5);

        long t0 = System.nanoTime();
        RestClient.Response pdf = rest.get(P + "/reports/relazione?format=pdf", "lettore").expect(200, "PDF");
        long restMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("application/pdf", pdf.header("Content-Type"));
        assertEquals("attachment; filename=\"cesano-boscone-PIAO-2025-relazione-2025-12-31.pdf\"",
                pdf.header("Content-Disposition"));
        assertEquals("2025-12-31", pdf.header("Albero-As-Of"));
        String version = pdf.header("Albero-Plan-Version");
        assertEquals(Integer.toString(service(PlanStore.class).summary(SEED).orElseThrow().version()), version);

        String text = pdfText(pdf.body());
        int pages = pages(pdf.body());
        Map<String, String> pdfUnits = unitScores(text, engine.keySet());
        for (Map.Entry<String, Double> e : engine.entrySet()) {
            assertEquals("PDF score of unit " + e.getKey(), percent(e.getValue()), pdfUnits.get(e.getKey()));
        }
        String compact = text.replaceAll("\\s+", "");
        assertTrue(compact.contains("Versionedelpiano" + version));
        assertTrue(compact.contains("Valutazioneal31/12/2025"));
        assertTrue("the Relazione names the OIV who overrode", text.contains(OIV));
        assertTrue("the annex shows the evidence", text.contains(EVIDENCE));

        // XLSX: real numbers, the engine's own
        RestClient.Response xlsx = rest.get(P + "/reports/relazione?format=xlsx", "lettore").expect(200, "XLSX");
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.header("Content-Type"));
        Map<String, Double> xlsxUnits = new LinkedHashMap<>();
        // POI (XMLBeans) finds its schema types through the context class loader: POI's own, as the platform does
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = wb.getSheet("Sintesi");
            for (Row r : summary) {
                if (r.getCell(0) != null && engine.containsKey(r.getCell(0).toString()) && r.getCell(1) != null) {
                    xlsxUnits.put(r.getCell(0).toString(), r.getCell(2) == null ? null
                            : r.getCell(2).getNumericCellValue());
                }
            }
            assertEquals(service(PlanStore.class).load(SEED).orElseThrow().indicators().size(),
                    wb.getSheet("Indicatori").getLastRowNum());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        assertEquals(engine.keySet(), xlsxUnits.keySet());
        for (Map.Entry<String, Double> e : engine.entrySet()) {
            Double x = xlsxUnits.get(e.getKey());
            if (e.getValue() == null) {
                assertEquals(null, x);
            } else {
                assertEquals("XLSX score of " + e.getKey(), e.getValue(), x, 1e-12);
                assertEquals("XLSX agrees with the PDF", pdfUnits.get(e.getKey()), percent(x));
            }
        }

        // CSV: one row per indicator, the same unit scores
        RestClient.Response csv = rest.get(P + "/reports/relazione?format=csv", "lettore").expect(200, "CSV");
        assertEquals("text/csv; charset=UTF-8", csv.header("Content-Type").replace("utf-8", "UTF-8"));
        List<CSVRecord> rows = csv(csv.text());
        assertEquals(service(PlanStore.class).load(SEED).orElseThrow().indicators().size(), rows.size());
        for (CSVRecord r : rows) {
            String u = r.get("unita_codice");
            String s = r.get("unita_punteggio");
            // the CSV writes the percentage with two decimals: it agrees with the engine to that precision (formatting
            // it again to the PDF's one decimal would round twice: 92,648% -> 92,65 -> 92,7% against the PDF's 92,6%)
            if (s.isEmpty()) {
                assertEquals("CSV agrees with the PDF for " + u, "-", pdfUnits.get(u));
            } else {
                assertEquals("CSV agrees with the engine for " + u, engine.get(u) * 100, Double.parseDouble(s),
                        0.005 + 1e-9);
            }
            assertEquals(version, r.get("piano_versione"));
            assertEquals("2025-12-31", r.get("data_valutazione"));
        }

        // the console writes the same report
        Path file = dataDir("reports").resolve("relazione.pdf");
        String out = executeCommand("albero:report relazione --format pdf " + file);
        assertTrue(out, out.contains("scritta in " + file));
        Map<String, String> consoleUnits = unitScores(pdfText(Files.readAllBytes(file)), engine.keySet());
        assertEquals("console and REST give the same figures", pdfUnits, consoleUnits);
        CommandResult bad = tryCommand("albero:report relazione --format doc " + file);
        assertTrue(bad.toString(), bad.failed() && bad.error.contains("formato sconosciuto: 'doc'"));
        CommandResult badUnit = tryCommand("albero:report relazione --unit NOPE " + file);
        assertTrue(badUnit.toString(), badUnit.failed() && badUnit.error.contains("NOPE"));

        // the figures for the note: render time of the Relazione (snapshot + PDF), pages, size
        ReportService reports = service(ReportService.class);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long s = System.nanoTime();
            Report r = reports.build(reader(), SEED, ReportKind.RELAZIONE, null, null);
            r.write(ReportFormat.PDF, java.io.OutputStream.nullOutputStream());
            times.add((System.nanoTime() - s) / 1_000_000);
        }
        long first = times.get(0);
        List<Long> sorted = times.stream().sorted().toList();
        System.out.println("ReportIT figures: Relazione of the seed plan, " + rows.size() + " indicators, "
                + service(MeasurementStore.class).count(SEED) + " measurements: REST (cold) " + restMs + " ms, "
                + "snapshot+PDF " + times + " ms (median " + sorted.get(2) + ", first " + first + "), " + pages
                + " pages, " + pdf.body().length + " bytes; XLSX " + xlsx.body().length + " bytes; CSV "
                + csv.body().length + " bytes; PDF copy at " + file);
        assertTrue("the Relazione renders within 5 s: " + times, sorted.get(2) < 5000);
        Path copy = Path.of(System.getProperty("java.io.tmpdir"), "albero-report-it");
        Files.createDirectories(copy);
        Files.copy(file, copy.resolve("relazione.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    public void theMonitoringOfOneUnitAndTheRolesOfTheDownloads() throws Exception {
        measured();
        RestClient rest = new RestClient(bundleContext);
        LocalDate mid = LocalDate.of(2025, 6, 30);
        RestClient.Response r = rest.get(P + "/reports/monitoraggio?format=pdf&asOf=30/06/2025&unit=ENT", "entrate")
                .expect(200, "monitoring of ENT");
        assertEquals("2025-06-30", r.header("Albero-As-Of"));
        String text = pdfText(r.body());
        assertTrue(text.contains("Monitoraggio intermedio 2025"));
        assertTrue(text.contains("Scadenze nei prossimi 90 giorni"));
        Double ent = service(EvaluationService.class).evaluate(reader(), SEED, mid, "ENT").evaluation().score();
        assertEquals(Map.of("ENT", percent(ent)), unitScores(text, Set.of("ENT", "WEL")));
        // every role that reads may download; nobody else
        for (String user : RestClient.DEMO_USERS) {
            rest.get(P + "/reports/relazione?format=csv", user).expect(200, user);
        }
        RestClient.assertProblem(rest.get(P + "/reports/relazione?format=pdf", null), 401, "anonymous");
        RestClient.assertProblem(rest.get(P + "/reports/relazione?format=doc", "lettore"), 400, "format");
        RestClient.assertProblem(rest.get(P + "/reports/bilancio", "lettore"), 404, "kind");
        RestClient.assertProblem(rest.get(P + "/reports/relazione?unit=NOPE", "lettore"), 404, "unit");
        RestClient.assertProblem(rest.get(P + "/reports/relazione?asOf=31/02/2025", "lettore"), 400, "date");
        // the console command writes a file of the server: the shipped ACL gives it to admin, performance and oiv
        Path file = dataDir("reports").resolve("by-role.csv");
        CommandResult lettore = tryCommandAs(login("lettore"), "albero:report relazione " + file);
        assertTrue(lettore.toString(), lettore.failed() && lettore.error.startsWith("Command not found: albero:report"));
        CommandResult oiv = tryCommandAs(login("oiv"), "albero:report relazione --format csv " + file);
        assertFalse(oiv.toString(), oiv.failed());
        assertTrue(Files.size(file) > 0);
        assertTrue("the OpenAPI document lists the download", rest.get("/openapi.json", null).json().path("paths")
                .has("/plans/{ente}/{plan}/reports/{kind}"));
    }

    // -------------------------------------------------------------------------------------- the transparency page

    @Test
    public void theTransparencyPageIsPublicReadOnlyAndWithoutPersonalData() throws Exception {
        measured();
        RestClient rest = new RestClient(bundleContext);
        String site = rest.base.replace("api/v1", "trasparenza/");
        String page = site + "cesano-boscone/PIAO-2025/";
        String csvUrl = site + "cesano-boscone/PIAO-2025.csv";
        PlanStore plans = service(PlanStore.class);
        if (plans.summary(SEED).orElseThrow().status() == PlanStatus.BOZZA) {
            // a draft is never published
            RestClient.Response index = rest.get(site, null).expect(200, "index");
            assertFalse(index.text(), index.text().contains("PIAO-2025"));
            rest.get(page, null).expect(404, "a draft plan");
            rest.get(csvUrl, null).expect(404, "a draft plan's data");
            service(PlanService.class).changeStatus(Caller.of("performance", Caller.PERFORMANCE), SEED,
                    PlanStatus.ADOTTATO, plans.summary(SEED).orElseThrow().version());
        }
        RestClient.Response index = rest.get(site, null).expect(200, "index without login");
        assertTrue(index.text().contains("<html lang=\"it\">"));
        assertTrue(index.text(), index.text().contains("href=\"cesano-boscone/PIAO-2025/\""));

        RestClient.Response html = rest.get(page, null).expect(200, "plan page without login");
        assertTrue(html.header("Content-Type").startsWith("text/html"));
        String h = html.text();
        assertTrue(h.contains("<html lang=\"it\">"));
        assertEquals("one h1", 1, count(h, "<h1"));
        assertTrue(h.contains("<caption>") && h.contains("<th scope=\"col\">"));
        // the figures: provisional monitoring, capped at the end of the reference year
        Map<String, Double> engine = engineUnits(YEAR_END);
        for (Map.Entry<String, Double> e : engine.entrySet()) {
            Matcher m = Pattern.compile("#u-" + Pattern.quote(e.getKey()) + "\">[^<]*</a></th><td>[^<]*</td>"
                    + "<td class=\"n\">([^<]*)</td>").matcher(h);
            assertTrue(e.getKey(), m.find());
            assertEquals("public score of " + e.getKey(), percent(e.getValue()), m.group(1));
        }
        RestClient.Response csv = rest.get(csvUrl, null).expect(200, "open data without login");
        assertTrue(csv.header("Content-Disposition").startsWith("attachment;"));
        assertEquals(plans.load(SEED).orElseThrow().indicators().size(), csv(csv.text()).size());
        // no personal data: no author, no note, no demo user (the act a milestone names in its explanation, here
        // EVIDENCE, is an administrative act and stays: "Verbale n. 77 ... adottato il ...")
        for (String text : List.of(h, csv.text(), index.text())) {
            for (String personal : List.of(AUTHOR, NOTE, OIV, OVERRIDE_NOTE, "karaf", "lettore")) {
                assertFalse("public output shows '" + personal + "'", text.contains(personal));
            }
        }
        assertTrue("an override is only said to be there", h.contains("Punteggio rettificato in sede di verifica"));
        // read-only: every write refused, here and towards the API
        for (String url : List.of(site, page, csvUrl)) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                RestClient.Response w = rest.call(method, url, null, "{}", Map.of());
                assertEquals(method + " " + url + ": " + w.text(), 405, w.status());
            }
        }
        int before = service(MeasurementStore.class).count(SEED);
        RestClient.assertProblem(rest.post(P + "/indicators/ENT-04.1/measurements", null,
                RestClient.obj("date", "30/06/2025", "values", RestClient.obj("numeratore", 1, "denominatore", 2))),
                401, "an anonymous write to the API");
        assertEquals(before, service(MeasurementStore.class).count(SEED));

        // the switch: off, the page does not exist; on again, it is back
        executeCommand("config:property-set -p it.albero.report trasparenza.enabled false");
        waitFor("the page is still there when switched off", () -> rest.get(site, null).status() == 404,
                Duration.ofSeconds(10));
        executeCommand("config:property-set -p it.albero.report trasparenza.enabled true");
        waitFor("the page is not back when switched on", () -> rest.get(site, null).status() == 200,
                Duration.ofSeconds(10));
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** Every page's text, by OpenPDF's own extraction (the library that wrote it). */
    private static String pdfText(byte[] pdf) throws IOException {
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

    private static int pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    /**
     * The score of each unit on the PDF's lines that start with the unit's code and a score (the summary table and
     * the bar chart); fails when two lines disagree.
     */
    private static Map<String, String> unitScores(String text, Set<String> units) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String u : units) {
            Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(u) + " (\\d{1,3}(?:,\\d)?%|-)").matcher(text);
            while (m.find()) {
                String previous = out.putIfAbsent(u, m.group(1));
                assertTrue("unit " + u + " printed as " + previous + " and " + m.group(1),
                        previous == null || previous.equals(m.group(1)));
            }
        }
        return out;
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertNotNull(p.getHeaderNames());
            return p.getRecords();
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
