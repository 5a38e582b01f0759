package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.store.AuditEntry;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/**
 * Issue 4 on the real distribution: the seed plan is there at first start (the boot feature albero-demo loads it;
 * without it the store stays empty: {@link DemoFeatureIT}), the console shows its tree, and export
 * then import (CSV, XLSX, YAML; dry run first) gives back the same tree; a broken CSV imports nothing and lists every
 * error as file:row:column with an Italian reason.
 * <p>
 * The tests share one container and may run in any order: each import replaces the plan by a new version of the
 * same tree, so each test compares with what it read itself, never with a version number it assumes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SeedPlanIT extends AlberoTestSupport {

    static final PlanKey SEED = new PlanKey("cesano-boscone", "PIAO-2025");
    static final int SEED_INDICATORS = 286;

    /** "versione N" in the header line of albero:tree: the only thing an import may change there. */
    private static final Pattern VERSION = Pattern.compile("versione \\d+");

    @Test
    public void freshDistributionHoldsExactlyTheSeedPlan() {
        assertTrue("the distribution boots with the demo plan's feature", isInstalled(DEMO));
        assertBundlesActive("it.albero.demo");
        PlanStore store = service(PlanStore.class);
        List<PlanSummary> plans = store.plans();
        assertEquals("plans in a fresh distribution: " + plans, 1, plans.size());
        PlanSummary p = plans.get(0);
        assertEquals(SEED, p.key());
        assertEquals("Comune di Cesano Boscone", p.ente().name());
        assertEquals(2025, p.startYear());
        assertEquals(2027, p.endYear());
        assertEquals(2025, p.referenceYear());
        assertEquals(SEED_INDICATORS, p.indicators());
        assertEquals(SEED, store.current().orElseThrow().key());
        Plan plan = store.load(SEED).orElseThrow();
        assertEquals(SEED_INDICATORS, plan.indicators().size());

        String out = executeCommand("albero:plans");
        List<String> rows = out.lines().filter(l -> l.contains("PIAO-2025")).collect(Collectors.toList());
        assertEquals("albero:plans lists one plan:\n" + out, 1, rows.size());
        String row = rows.get(0);
        for (String expected : List.of("*", "cesano-boscone", "Albero della Performance 2025-2027", "2025-2027",
                " 2025 ", " " + SEED_INDICATORS + " ", p.status().label())) {
            assertTrue("albero:plans row lacks '" + expected + "':\n" + out, row.contains(expected));
        }
    }

    @Test
    public void treePrintsOneLinePerNodeWithItsCode() {
        Plan plan = service(PlanStore.class).load(SEED).orElseThrow();
        List<String> codes = nodeCodes(plan);
        String out = executeCommand("albero:tree");
        List<String> lines = out.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        assertTrue("header line:\n" + lines.get(0), lines.get(0).startsWith("Comune di Cesano Boscone - PIAO-2025")
                && lines.get(0).contains("2025-2027, riferimento 2025"));
        assertEquals("albero:tree: a header and one line per node (" + codes.size() + " nodes)",
                1 + codes.size(), lines.size());
        List<String> printed = lines.subList(1, lines.size()).stream()
                .map(l -> l.strip().split("  ", 2)[0]).collect(Collectors.toList());
        assertEquals("codes at the start of the lines, in plan order", codes, printed);
        for (String l : lines.subList(1, lines.size())) {
            assertTrue("line too long for one line per node: " + l, l.length() <= 100);
        }
        // every indicator line shows its type
        for (Indicator i : plan.indicators()) {
            assertTrue("no line for " + i.code() + " with its type",
                    lines.stream().anyMatch(l -> l.strip().startsWith(i.code() + "  [" + i.typeId() + "]")));
        }
        // one unit only
        String ent = executeCommand("albero:tree ENT");
        long entLines = ent.lines().filter(l -> !l.isBlank()).count();
        List<String> entCodes = new ArrayList<>();
        OrgUnit unit = plan.unit("ENT").orElseThrow();
        entCodes.add(unit.code());
        unit.objectives().forEach(o -> o.forEachNode(entCodes::add));
        assertEquals("albero:tree ENT:\n" + ent, 1 + entCodes.size(), entLines);
    }

    @Test
    public void csvRoundTrip() throws Exception {
        roundTrip("csv");
    }

    @Test
    public void xlsxRoundTrip() throws Exception {
        roundTrip("xlsx");
    }

    @Test
    public void yamlRoundTrip() throws Exception {
        roundTrip("yaml");
    }

    /** Export, dry run (nothing changes), import (a new version of the same tree). */
    private void roundTrip(String format) throws Exception {
        PlanStore store = service(PlanStore.class);
        PlanSummary before = store.summary(SEED).orElseThrow();
        Plan planBefore = store.load(SEED).orElseThrow();
        String treeBefore = executeCommand("albero:tree --full");
        Path file = dataDir("itest-export").resolve("piano-" + System.nanoTime() + "." + format);

        String exported = executeCommand("albero:export --format " + format + " " + file);
        assertTrue("export " + format + ":\n" + exported, exported.contains(SEED_INDICATORS + " indicatori"));
        assertTrue("no file written by export " + format, Files.isRegularFile(file) && Files.size(file) > 0);

        String dry = executeCommand("albero:import --dry-run " + file);
        assertTrue("dry run of the " + format + " export:\n" + dry,
                dry.contains("Verifica riuscita, nulla è stato scritto")
                        && dry.contains("sostituirebbe la versione " + before.version()));
        assertFalse(dry, dry.contains("errore"));
        PlanSummary afterDry = store.summary(SEED).orElseThrow();
        assertEquals("a dry run changed the plan", before.version(), afterDry.version());
        assertEquals("a dry run changed the plan", before.savedAt(), afterDry.savedAt());
        assertEquals(1, store.plans().size());

        String real = executeCommand("albero:import " + file);
        assertTrue("import of the " + format + " export:\n" + real, real.contains("Importato cesano-boscone/PIAO-2025")
                && real.contains("versione " + (before.version() + 1) + " (sostituisce la " + before.version() + ")"));
        assertEquals("dry run and import report differently",
                report(dry), report(real));
        assertTrue(real, real.contains("totale: " + planBefore.units().size() + " unità, " + SEED_INDICATORS
                + " indicatori"));

        PlanSummary after = store.summary(SEED).orElseThrow();
        assertEquals(before.version() + 1, after.version());
        assertEquals(SEED_INDICATORS, after.indicators());
        assertEquals("the import added a plan", 1, store.plans().size());
        String treeAfter = executeCommand("albero:tree --full");
        assertEquals("the tree changed through " + format, withoutVersion(treeBefore), withoutVersion(treeAfter));
        assertSameTree(format, planBefore, store.load(SEED).orElseThrow());

        // the audit trail has the import, by the logged-in user
        List<AuditEntry> audit = service(AuditTrail.class).byCode("PIAO-2025", 5);
        assertTrue("no audit entry by " + USER + " for the import: " + audit, audit.stream()
                .anyMatch(e -> e.outcome() == AuditEntry.Outcome.ACCEPTED && USER.equals(e.author())));
    }

    @Test
    public void brokenCsvImportsNothingAndListsEveryError() throws Exception {
        PlanStore store = service(PlanStore.class);
        Path dir = dataDir("itest-broken");
        Path good = dir.resolve("base.csv");
        executeCommand("albero:export --format csv " + good);
        byte[] bytes = Files.readAllBytes(good);
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean bom = text.startsWith("\uFEFF");
        List<List<String>> rows = Csv.parse(bom ? text.substring(1) : text);
        List<String> header = rows.get(0);
        int settore = header.indexOf("Settore");
        int tipoUnita = header.indexOf("Tipo unità");
        int indicatore = header.indexOf("Indicatore");
        int tipo = header.indexOf("Tipo");
        int parametri = header.indexOf("Parametri");
        int peso = header.indexOf("Peso");
        assertTrue("export header: " + header, settore >= 0 && tipoUnita >= 0 && indicatore >= 0 && tipo >= 0
                && parametri >= 0 && peso >= 0);

        // 1. an unknown value: the unit kind "dipartimento" on every row of CUL (its first row is reported)
        int cul = -1;
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).get(settore).startsWith("CUL - ")) {
                rows.get(r).set(tipoUnita, "dipartimento");
                cul = cul < 0 ? r : cul;
            }
        }
        // 2. a date that does not exist in the parameters of a milestone (traguardo): 31/12/2025 would be read
        int badDate = firstRow(rows, r -> r.get(tipo).equals("traguardo") && r.get(parametri).contains("scadenza")
                && r.get(settore).startsWith("RU - "));
        rows.get(badDate).set(parametri, "{scadenza: 31/02/2025, atto: delibera di approvazione}");
        // 3. a duplicate code: an ENT indicator takes the code of the indicator before it
        int dup = firstRow(rows, r -> r.get(indicatore).startsWith("ENT-01.1 - "));
        String firstCode = rows.get(dup).get(indicatore).split(" - ", 2)[0];
        int second = firstRow(rows, r -> r.get(indicatore).startsWith("ENT-02.1 - "));
        rows.get(second).set(indicatore, firstCode + " - " + rows.get(second).get(indicatore).split(" - ", 2)[1]);
        // 4. a weight that is not a number
        int badWeight = firstRow(rows, r -> r.get(settore).startsWith("PL - ") && !r.get(indicatore).isBlank());
        rows.get(badWeight).set(peso, "molto");

        Path broken = dir.resolve("rotto.csv");
        Files.write(broken, ((bom ? "\uFEFF" : "") + Csv.write(rows)).getBytes(StandardCharsets.UTF_8));

        PlanSummary before = store.summary(SEED).orElseThrow();
        String plansBefore = executeCommand("albero:plans");

        String dry = executeCommand("albero:import --dry-run " + broken);
        String real = executeCommand("albero:import " + broken);
        System.out.println("broken CSV import:\n" + real);
        assertEquals("--dry-run reports differently from the import", dry, real);

        // the error lines come after the first line; the warnings that follow them are indented
        List<String> errors = real.lines().filter(l -> !l.startsWith(" ") && l.matches(".*rotto\\.csv:\\d+:.*"))
                .collect(Collectors.toList());
        assertTrue("first line:\n" + real, real.lines().findFirst().orElse("")
                .matches(errors.size() + " errori in .*rotto\\.csv: nulla è stato importato\\."));
        Pattern located = Pattern.compile(".*rotto\\.csv:(\\d+):([^:]+): (.+)");
        for (String e : errors) {
            Matcher m = located.matcher(e);
            assertTrue("not file:row:column: reason: " + e, m.matches());
            assertFalse("not an Italian reason: " + e, m.group(3).matches(".*(Exception|must|expected|invalid).*"));
        }
        assertError(errors, cul + 1, "Tipo unità", "dipartimento");
        assertError(errors, badDate + 1, "Parametri", "'31/02/2025' non è una data esistente");
        assertError(errors, second + 1, "Indicatore", firstCode);
        assertError(errors, badWeight + 1, "Peso", "molto");

        PlanSummary after = store.summary(SEED).orElseThrow();
        assertEquals("a failed import changed the version", before.version(), after.version());
        assertEquals("a failed import changed the indicators", before.indicators(), after.indicators());
        assertEquals("a failed import changed the plan", before.savedAt(), after.savedAt());
        assertEquals("albero:plans changed after a failed import", plansBefore, executeCommand("albero:plans"));
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static void assertError(List<String> errors, int row, String column, String about) {
        String prefix = "rotto.csv:" + row + ":" + column + ": ";
        assertTrue("no error " + prefix + "... about '" + about + "' in:\n" + String.join("\n", errors),
                errors.stream().anyMatch(e -> e.contains(prefix) && e.contains(about)));
    }

    private static int firstRow(List<List<String>> rows, java.util.function.Predicate<List<String>> p) {
        for (int r = 1; r < rows.size(); r++) {
            if (p.test(rows.get(r))) {
                return r;
            }
        }
        throw new AssertionError("no such row in the exported CSV");
    }

    /** The lines of an import report but the one that says whether it was written. */
    private static List<String> report(String out) {
        return out.lines().filter(l -> !l.startsWith("Verifica riuscita") && !l.startsWith("Importato"))
                .collect(Collectors.toList());
    }

    private static String withoutVersion(String tree) {
        int nl = tree.indexOf('\n');
        return VERSION.matcher(tree.substring(0, nl)).replaceAll("versione N") + tree.substring(nl);
    }

    /** Codes of every node in plan order: unit, then its objectives depth first with their indicators. */
    static List<String> nodeCodes(Plan plan) {
        List<String> codes = new ArrayList<>();
        for (OrgUnit u : plan.units()) {
            codes.add(u.code());
            u.objectives().forEach(o -> objectiveCodes(o, codes));
        }
        return codes;
    }

    private static void objectiveCodes(Objective o, List<String> codes) {
        codes.add(o.code());
        o.indicators().forEach(i -> codes.add(i.code()));
        o.phases().forEach(p -> objectiveCodes(p, codes));
    }

    /** The same tree: units, objectives and indicators equal (texts, types, parameters, timing, weights, tags). */
    private static void assertSameTree(String format, Plan before, Plan after) {
        assertEquals(before.ente(), after.ente());
        assertEquals(before.title(), after.title());
        assertEquals(before.units().size(), after.units().size());
        Set<String> differences = new LinkedHashSet<>();
        for (int u = 0; u < before.units().size(); u++) {
            OrgUnit a = before.units().get(u);
            OrgUnit b = after.units().get(u);
            if (!a.code().equals(b.code()) || !a.name().equals(b.name()) || a.kind() != b.kind()
                    || !java.util.Objects.equals(a.moduleId(), b.moduleId())
                    || !java.util.Objects.equals(a.review(), b.review())) {
                differences.add("unit " + a.code() + ": " + a + " / " + b);
            }
        }
        List<Indicator> ia = before.indicators();
        List<Indicator> ib = after.indicators();
        assertEquals(ia.size(), ib.size());
        for (int i = 0; i < ia.size(); i++) {
            if (!ia.get(i).equals(ib.get(i))) {
                differences.add("indicator " + ia.get(i).code() + ":\n   before " + ia.get(i) + "\n   after  " + ib.get(i));
            }
        }
        List<Objective> oa = new ArrayList<>();
        List<Objective> ob = new ArrayList<>();
        before.forEachObjective(oa::add);
        after.forEachObjective(ob::add);
        assertEquals(oa.size(), ob.size());
        for (int i = 0; i < oa.size(); i++) {
            Objective a = oa.get(i);
            Objective b = ob.get(i);
            if (!a.code().equals(b.code()) || !a.title().equals(b.title()) || !a.tags().equals(b.tags())
                    || !java.util.Objects.equals(a.weight(), b.weight())
                    || !java.util.Objects.equals(a.review(), b.review())) {
                differences.add("objective " + a.code() + ": " + a.tags() + " " + a.review() + " / " + b.tags() + " "
                        + b.review());
            }
        }
        assertTrue(format + " round trip lost or changed " + differences.size() + " nodes:\n"
                + differences.stream().limit(10).collect(Collectors.joining("\n")), differences.isEmpty());
    }

    /** The CSV dialect of the export: ';' separated, '"' quoted, CRLF. */
    static final class Csv {

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ';') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r') {
                    // CRLF: the LF ends the row
                } else if (c == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }

        static String write(List<List<String>> rows) {
            StringBuilder sb = new StringBuilder();
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    if (c > 0) {
                        sb.append(';');
                    }
                    String v = row.get(c);
                    if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
                    } else {
                        sb.append(v);
                    }
                }
                sb.append("\r\n");
            }
            return sb.toString();
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
