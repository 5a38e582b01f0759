package it.albero.itests;

import static it.albero.itests.RestClient.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.OptionUtils;

import com.fasterxml.jackson.databind.JsonNode;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.service.Caller;
import it.albero.api.service.EvaluationService;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/**
 * Measurements from their source on the real distribution: the generic bulk file over REST (once only, a corrected
 * version superseding, a broken one changing nothing with its rows and columns), the Entrate list of notices at the
 * console and the Polizia Locale register of controls over REST with the evaluations they produce, a director kept
 * to his units, and the watched folder of a source. Sample files are made here (no real personal data).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FeedIT extends AlberoTestSupport {

    private static final PlanKey PLAN = new PlanKey("cesano-boscone", "PIAO-2025");
    private static final String P = "/plans/cesano-boscone/PIAO-2025";
    /** A core-typed (rapporto) indicator of ENT: values numeratore, denominatore. */
    private static final String RATIO = "ENT-04.1";

    private RestClient rest;

    @Override
    @Configuration
    public Option[] configuration() {
        // the watched folders looked at every second, so that the test does not wait minutes
        return OptionUtils.combine(super.configuration(),
                editConfigurationFilePut("etc/it.albero.feed.cfg", "interval.seconds", "1"));
    }

    @Before
    public void client() {
        rest = new RestClient(bundleContext);
    }

    private int count() {
        return service(MeasurementStore.class).count(PLAN);
    }

    private RestClient.Response feed(String source, String file, String user, String content, boolean dryRun) {
        return rest.call("POST", P + "/feeds/" + source + "?filename=" + file + (dryRun ? "&dryRun=true" : ""), user,
                content.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "text/csv"));
    }

    private Evaluation evaluation(String code, LocalDate asOf) {
        return indicatorEvaluations(service(EvaluationService.class).evaluate(Caller.of("lettore", Caller.LETTORE),
                PLAN, asOf, null)).get(code);
    }

    @Test
    public void theBulkFileIsFedOnceACorrectedVersionSupersedesAndABrokenOneChangesNothing() {
        String v1 = "indicatore;data;numeratore;denominatore;evidenza\n"
                + RATIO + ";31/03/2025;3;10;Report trimestrale\n"
                + RATIO + ";30/06/2025;6;10;Report trimestrale\n";
        int before = count();
        JsonNode dry = feed("core.rilevazioni", "trimestri.csv", "karaf", v1, true).expect(200, "dry run").json();
        assertEquals(2, dry.path("recorded").asInt());
        assertFalse(dry.path("written").asBoolean());
        assertEquals("a dry run writes nothing", before, count());
        JsonNode r = feed("core.rilevazioni", "trimestri.csv", "karaf", v1, false).expect(200, "feed").json();
        assertTrue(r.path("written").asBoolean());
        assertEquals(before + 2, count());
        Measurement m = service(MeasurementStore.class).list(PLAN, RATIO).stream()
                .filter(x -> x.date().equals(LocalDate.of(2025, 6, 30)) && x.provenance() != null).findFirst()
                .orElseThrow();
        assertEquals("core.rilevazioni", m.provenance().source());
        assertEquals("trimestri.csv", m.provenance().file());
        assertEquals(3, m.provenance().row());
        assertEquals(64, m.provenance().hash().length());
        assertEquals("karaf", m.author());
        // the same file again: nothing new
        JsonNode again = feed("core.rilevazioni", "trimestri.csv", "karaf", v1, false).expect(200, "again").json();
        assertTrue(again.path("duplicate").asBoolean());
        assertEquals(before + 2, count());
        // a corrected version (June fixed): one correction, March unchanged and not repeated
        String v2 = v1.replace(";30/06/2025;6;10;", ";30/06/2025;7;10;");
        JsonNode fixed = feed("core.rilevazioni", "trimestri.csv", "karaf", v2, false).expect(200, "v2").json();
        assertEquals(1, fixed.path("recorded").asInt());
        assertEquals(1, fixed.path("corrected").asInt());
        assertEquals(before + 3, count());
        assertTrue(evaluation(RATIO, LocalDate.of(2025, 6, 30)).explanation().contains("7"));
        // a broken file: errors in row order with their columns, nothing written
        String broken = "indicatore;data;numeratore;denominatore\n"
                + "ENT-99.9;31/07/2025;1;2\n"
                + RATIO + ";31/07/2025;tre;10\n"
                + RATIO + ";31/07/2031;1;10\n";
        JsonNode p = assertProblem(feed("core.rilevazioni", "rotto.csv", "karaf", broken, false), 422, "broken");
        JsonNode errors = p.path("report").path("errors");
        assertEquals(errors.toString(), 3, errors.size());
        assertEquals(2, errors.get(0).path("riga").asInt());
        assertEquals("indicatore", errors.get(0).path("colonna").asText());
        assertEquals(3, errors.get(1).path("riga").asInt());
        assertEquals("numeratore", errors.get(1).path("colonna").asText());
        assertEquals(4, errors.get(2).path("riga").asInt());
        assertEquals("data", errors.get(2).path("colonna").asText());
        assertEquals(before + 3, count());
        // a file that is not a table at all
        JsonNode bad = assertProblem(rest.call("POST", P + "/feeds/core.rilevazioni?filename=x.pdf", "karaf",
                new byte[] {1, 2, 3}, Map.of("Content-Type", "application/pdf")), 422, "not a table");
        assertTrue(bad.toString(), bad.path("detail").asText().contains("1 errori"));
        assertProblem(feed("nessuna.fonte", "x.csv", "karaf", v1, false), 404, "unknown source");
    }

    @Test
    public void aDirectorFeedsOnlyHisUnitsAndNothingIsWrittenOtherwise() {
        String ent = "indicatore;data;numeratore;denominatore\n" + RATIO + ";31/08/2025;8;10\n";
        int before = count();
        assertProblem(feed("core.rilevazioni", "agosto.csv", "welfare", ent, false), 403, "welfare feeds ENT");
        assertProblem(feed("core.rilevazioni", "agosto.csv", "lettore", ent, false), 403, "reader feeds");
        assertEquals(before, count());
        feed("core.rilevazioni", "agosto.csv", "entrate", ent, false).expect(200, "entrate feeds ENT");
        assertEquals(before + 1, count());
    }

    @Test
    public void theNoticesListOfEntrateAtTheConsoleGivesTheEvaluationAndFlagsPrescription() throws Exception {
        installAndAssertFeature("albero-sector-entrate");
        waitFor("entrate.avvisi not offered", () -> executeCommand("albero:feed").contains("entrate.avvisi"), BOOT);
        Indicator notices = service(PlanStore.class).load(PLAN).orElseThrow().indicators().stream()
                .filter(i -> i.typeId().equals("entrate.avvisi")).findFirst().orElseThrow();
        int year = notices.parameters().number("anno_imposta").orElseThrow().intValue();
        Path file = dataDir("feed-it").resolve("avvisi.csv");
        // four notices of the indicator's tax year, two issued; one of an old tax year notified after prescription
        Files.writeString(file, "numero;anno_imposta;data_emissione;data_notifica\n"
                + year + "/1;" + year + ";10/03/2025;20/03/2025\n"
                + year + "/2;" + year + ";15/05/2025;\n"
                + year + "/3;" + year + ";;\n"
                + year + "/4;" + year + ";;\n"
                + "2018/9;2018;01/12/2024;15/01/2025\n", StandardCharsets.UTF_8);
        String out = executeCommand("albero:feed entrate.avvisi " + file);
        assertTrue(out, out.contains("Acquisito avvisi.csv"));
        assertTrue(out, out.contains("oltre il termine di prescrizione del 31/12/2023"));
        Evaluation e = evaluation(notices.code(), LocalDate.of(2025, 6, 30));
        assertTrue(e.explanation(), e.explanation().startsWith("2 avvisi emessi su 4"));
        String twice = executeCommand("albero:feed entrate.avvisi " + file);
        assertTrue(twice, twice.contains("già acquisito"));
    }

    /**
     * The invoice list of the Settore Finanziario, computed by hand:
     * <pre>
     * numero  importo    scadenza    pagamento   giorni  importo x giorni
     * 1/2025  1.000,00   31/01/2025  10/02/2025    +10        10.000
     * 2/2025  3.000,00   28/02/2025  20/02/2025     -8       -24.000
     * 3/2025  6.000,00   31/03/2025  30/04/2025    +30       180.000
     * 4/2025    500,00   31/12/2025  (not paid: left out)
     *         10.000,00 paid                                  166.000   ITP = 166.000 / 10.000 = 16,6 days
     * </pre>
     */
    @Test
    public void theInvoiceListGivesTheItpAsComputedByHand() throws Exception {
        installAndAssertFeature("albero-sector-finanziario");
        waitFor("finanziario.fatture not offered", () -> rest.get("/feeds", "lettore").expect(200, "feeds").text()
                .contains("finanziario.fatture"), BOOT);
        List<Indicator> itp = service(PlanStore.class).load(PLAN).orElseThrow().indicators().stream()
                .filter(i -> i.typeId().equals("finanziario.tempestivita-pagamenti")).toList();
        assertTrue("the seed reads TRA1-07's ITP from the invoice list", itp.stream()
                .anyMatch(i -> i.code().startsWith("TRA1-07")));
        String list = "numero;fornitore;importo;data_scadenza;data_pagamento\n"
                + "1/2025;Cartoleria Rossi snc;1.000,00;31/01/2025;10/02/2025\n"
                + "2/2025;Edilizia Bianchi srl;3.000,00;28/02/2025;20/02/2025\n"
                + "3/2025;Servizi Verdi spa;6.000,00;31/03/2025;30/04/2025\n"
                + "4/2025;Cartoleria Rossi snc;500,00;31/12/2025;\n";
        JsonNode r = feed("finanziario.fatture", "fatture-2025.csv", "karaf", list, false).expect(200, "fed").json();
        assertEquals(3 * itp.size(), r.path("recorded").asInt());
        for (Indicator i : itp) {
            Evaluation e = evaluation(i.code(), LocalDate.of(2026, 1, 15));
            assertTrue(e.explanation(), e.explanation().contains("3 fatture pagate")
                    && e.explanation().contains("16,6 giorni"));
        }
    }

    @Test
    public void theRegisterOfControlsCountsInTheSeason() throws Exception {
        installAndAssertFeature("albero-sector-polizia-locale");
        waitFor("polizia-locale.controlli not offered", () -> rest.get("/feeds", "lettore").expect(200, "feeds")
                .text().contains("polizia-locale.controlli"), BOOT);
        Indicator controls = service(PlanStore.class).load(PLAN).orElseThrow().indicators().stream()
                .filter(i -> i.typeId().equals("polizia-locale.controlli-mirati")
                        && i.parameters().text("misura").orElse("controlli").equals("controlli"))
                .findFirst().orElseThrow();
        LocalDate inside = it.albero.api.spi.Window.of(controls.parameters(), "finestra")
                .map(w -> w.from()).orElse(LocalDate.of(2025, 1, 1)).plusDays(3);
        String d = String.format("%02d/%02d/%04d", inside.getDayOfMonth(), inside.getMonthValue(), inside.getYear());
        String register = "data;indicatore;esito;luogo\n"
                + d + ";" + controls.code() + ";regolare;Parco Pertini\n"
                + d + ";" + controls.code() + ";sanzione;Parco Pertini\n"
                + d + ";" + controls.code() + ";regolare;Via Roma\n";
        JsonNode r = feed("polizia-locale.controlli", "registro.csv", "karaf", register, false).expect(200, "fed")
                .json();
        assertEquals(1, r.path("recorded").asInt());
        Evaluation e = evaluation(controls.code(), inside.plusDays(1));
        assertTrue(e.explanation(), e.explanation().startsWith("3 controlli"));
    }

    @Test
    public void theWatchedFolderFeedsAFileAndSetsABrokenOneAsideWithItsReport() throws Exception {
        Path folder = Path.of(System.getProperty("karaf.data"), "albero", "feeds", "core.rilevazioni");
        waitFor("watched folder not created", () -> Files.isDirectory(folder), BOOT);
        int before = count();
        Files.writeString(folder.resolve("settembre.csv.part"), "indicatore;data;numeratore;denominatore\n"
                + RATIO + ";30/09/2025;9;10\n", StandardCharsets.UTF_8);
        Files.move(folder.resolve("settembre.csv.part"), folder.resolve("settembre.csv"));
        Files.writeString(folder.resolve("rotto.csv"), "indicatore;data;numeratore\n" + RATIO + ";30/09/2025;x\n",
                StandardCharsets.UTF_8);
        waitFor("the folder's files were not fed", () -> !Files.exists(folder.resolve("settembre.csv"))
                && !Files.exists(folder.resolve("rotto.csv")), BOOT);
        assertEquals(before + 1, count());
        assertEquals("cartella", service(MeasurementStore.class).list(PLAN, RATIO).stream()
                .filter(x -> x.date().equals(LocalDate.of(2025, 9, 30))).findFirst().orElseThrow().author());
        List<Path> done = list(folder.resolve("acquisiti"));
        assertTrue(done.toString(), done.stream().anyMatch(f -> f.toString().endsWith("settembre.csv")));
        List<Path> refused = list(folder.resolve("scartati"));
        Path report = refused.stream().filter(f -> f.toString().endsWith("rotto.csv.esito.txt")).findFirst()
                .orElseThrow();
        String text = Files.readString(report);
        assertTrue(text, text.contains("scartato") && text.contains("rotto.csv:2:numeratore"));
    }

    private static List<Path> list(Path dir) throws java.io.IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
