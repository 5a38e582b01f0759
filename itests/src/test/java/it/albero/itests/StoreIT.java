package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import it.albero.api.engine.Engine;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Status;
import it.albero.api.store.AuditEntry;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.ConflictException;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/**
 * Issue 3 on the real distribution: measurements recorded from the console are listed and audited with their author;
 * bad input gets one clear line and writes nothing; a stale update is refused and audited; the data of a sector
 * stays when its module goes and evaluates again when it returns.
 * <p>
 * One container for all tests, in any order: each test works on its own indicators and compares counts with what it
 * read itself.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StoreIT extends AlberoTestSupport {

    private static final PlanKey SEED = SeedPlanIT.SEED;
    private static final Pattern RECORDED = Pattern.compile("Rilevazione (\\d+) registrata per ([^ ]+) ");

    @Test
    public void measureListAndAudit() {
        MeasurementStore store = service(MeasurementStore.class);
        int before = store.count(SEED);
        // MAN-20.1: rapporto (interventi coerenti con il cronoprogramma, target 80%)
        String out = executeCommand("albero:measure --evidence \"Determina n. 123 del 12/05/2025\""
                + " --note \"primo semestre\" MAN-20.1 2025-05-12 numeratore=7 denominatore=10");
        long id = recordedId(out, "MAN-20.1");
        assertEquals(before + 1, store.count(SEED));

        List<Measurement> list = store.list(SEED, "MAN-20.1");
        Measurement m = list.stream().filter(x -> x.id() == id).findFirst().orElseThrow(
                () -> new AssertionError("measurement " + id + " not in the store: " + list));
        assertEquals(LocalDate.of(2025, 5, 12), m.date());
        assertEquals("Determina n. 123 del 12/05/2025", m.evidence());
        assertEquals("primo semestre", m.note());
        assertEquals(USER, m.author());
        assertEquals(0, m.values().requireNumber("numeratore").compareTo(java.math.BigDecimal.valueOf(7)));

        String listed = executeCommand("albero:measurements MAN-20.1");
        String row = rowOf(listed, id);
        for (String expected : List.of("2025-05-12", "numeratore=7", "denominatore=10", "Determina n. 123",
                "primo semestre", USER)) {
            assertTrue("albero:measurements row of " + id + " lacks '" + expected + "':\n" + listed,
                    row.contains(expected) || listed.contains(expected));
        }

        String audit = executeCommand("albero:audit MAN-20.1");
        List<String> auditRows = audit.lines().filter(l -> l.contains("rilevazione.registra")
                && l.contains("rilevazione " + id + " ")).collect(Collectors.toList());
        assertEquals("albero:audit MAN-20.1 has one entry for measurement " + id + ":\n" + audit, 1, auditRows.size());
        assertTrue("audit author is not " + USER + ":\n" + audit, auditRows.get(0).contains(" " + USER + " "));
        assertTrue(audit, auditRows.get(0).contains("accettato"));
        AuditEntry entry = service(AuditTrail.class).byCode("MAN-20.1", 10).stream()
                .filter(e -> e.message().contains("rilevazione " + id + " ")).findFirst().orElseThrow();
        assertEquals(USER, entry.author());
        assertNotNull(entry.after());
        assertTrue(entry.after(), entry.after().contains("Determina n. 123 del 12/05/2025"));
    }

    /**
     * Options after the name=value pairs, as the issue writes the command: Karaf stops parsing options at the first
     * argument, so the command takes them out of the values itself; the option text is never stored as a value.
     */
    @Test
    public void optionsAfterTheValues() {
        MeasurementStore store = service(MeasurementStore.class);
        int before = store.count(SEED);
        String out = executeCommand("albero:measure MAN-19.1 2025-06-30 numeratore=3 denominatore=4"
                + " --evidence \"Verbale n. 4 del 30/06/2025\" --note dopo");
        long id = recordedId(out, "MAN-19.1");
        assertEquals(before + 1, store.count(SEED));
        Measurement m = store.list(SEED, "MAN-19.1").stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        assertEquals("Verbale n. 4 del 30/06/2025", m.evidence());
        assertEquals("dopo", m.note());
        assertEquals(java.util.Set.of("numeratore", "denominatore"), m.values().names());
        // an option without its text: one line, nothing written
        CommandResult r = tryCommand("albero:measure MAN-19.1 2025-06-30 numeratore=3 denominatore=4 --note");
        assertTrue("accepted an option without its text: " + r, r.failed());
        assertOneLine(r);
        assertEquals(before + 1, store.count(SEED));
    }

    @Test
    public void badInputGetsOneClearLineAndWritesNothing() {
        MeasurementStore store = service(MeasurementStore.class);
        PlanStore plans = service(PlanStore.class);
        assertEquals("MAN-20.1 is a rapporto in the seed", "rapporto",
                plans.indicator(SEED, "MAN-20.1").orElseThrow().indicator().typeId());
        int before = store.count(SEED);
        int auditBefore = service(AuditTrail.class).recent(1000).size();

        assertRefused("albero:measure XYZ-99.9 2025-03-31 valore=1", "XYZ-99.9");
        assertRefused("albero:measure MAN-20.1 2025-03-31 valore=3", "numeratore");
        assertRefused("albero:measure MAN-20.1 2024-12-31 numeratore=1 denominatore=2", "2024-12-31");
        assertRefused("albero:measure MAN-20.1 2028-01-01 numeratore=1 denominatore=2", "2028-01-01");
        assertRefused("albero:measure MAN-20.1 2025-13-45 numeratore=1 denominatore=2", "2025-13-45");
        // 31/03/2025 is a date like 2025-03-31 (the Italian parser); a day that does not exist is refused
        assertRefused("albero:measure MAN-20.1 31/02/2025 numeratore=1 denominatore=2", "31/02/2025");
        assertRefused("albero:measure MAN-20.1 2025-03-31 numeratore=1,5.0 denominatore=2", "1,5.0");
        assertRefused("albero:measure MAN-20.1 2025-03-31 numeratore=tre denominatore=2", "tre");
        assertRefused("albero:measure MAN-20.1 2025-03-31 numeratore", "numeratore");

        assertEquals("bad input changed the measurements", before, store.count(SEED));
        assertEquals("bad input wrote to the audit trail", auditBefore, service(AuditTrail.class).recent(1000).size());
    }

    @Test
    public void staleStatusUpdateIsRefusedAndAudited() {
        PlanStore plans = service(PlanStore.class);
        PlanSummary read = plans.summary(SEED).orElseThrow();
        // two people read the same version; the first moves the plan on
        PlanStatus next = PlanStatus.values()[read.status().ordinal() + 1];
        PlanSummary first = plans.updateStatus(SEED, next, read.version(), "alice");
        assertEquals(read.version() + 1, first.version());
        assertEquals(next, first.status());
        // the second one's update is based on the version both read: refused
        PlanStatus secondWants = next.canMoveTo(PlanStatus.values()[next.ordinal() + 1])
                ? PlanStatus.values()[next.ordinal() + 1] : next;
        try {
            plans.updateStatus(SEED, secondWants, read.version(), "bob");
            fail("a stale status update was applied");
        } catch (ConflictException e) {
            assertEquals(read.version(), e.expectedVersion());
            assertEquals(first.version(), e.actualVersion());
            assertFalse("conflict message: " + e.getMessage(), e.getMessage().isBlank());
            System.out.println("conflict: " + e.getMessage());
        }
        PlanSummary stored = plans.summary(SEED).orElseThrow();
        assertEquals("the stale update changed the version", first.version(), stored.version());
        assertEquals("the stale update changed the status", first.status(), stored.status());
        assertEquals(first.savedAt(), stored.savedAt());
        assertEquals(SeedPlanIT.SEED_INDICATORS, stored.indicators());

        List<AuditEntry> audit = service(AuditTrail.class).byCode(SEED.planCode(), 10);
        assertTrue("the accepted change by alice is not audited: " + audit, audit.stream().anyMatch(e ->
                "alice".equals(e.author()) && e.outcome() == AuditEntry.Outcome.ACCEPTED));
        assertTrue("the refused attempt by bob is not audited: " + audit, audit.stream().anyMatch(e ->
                "bob".equals(e.author()) && e.outcome() == AuditEntry.Outcome.REFUSED));
        String console = executeCommand("albero:audit " + SEED.planCode());
        assertTrue(console, console.lines().anyMatch(l -> l.contains("alice") && l.contains("accettato")));
        assertTrue(console, console.lines().anyMatch(l -> l.contains("bob") && l.contains("rifiutato")));
    }

    @Test
    public void sectorDataIsKeptWhenItsModuleGoes() throws Exception {
        String feature = "albero-sector-entrate";
        String code = "ENT-01.1";
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        installAndAssertFeature(feature);
        try {
            Engine engine = service(Engine.class);
            waitFor("entrate.avvisi not installed", () -> engine.type("entrate.avvisi").isPresent(), SHORT);
            MeasurementStore store = service(MeasurementStore.class);
            long a = recordedId(executeCommand("albero:measure --evidence \"Determina n. 12 del 30/04/2025\" "
                    + code + " 2025-04-30 emessi=6 da_emettere=15"), code);
            long b = recordedId(executeCommand("albero:measure --note \"secondo lotto\" "
                    + code + " 2025-09-30 emessi=6 da_emettere=15"), code);
            List<Measurement> kept = store.list(SEED, code);
            Evaluation installed = evaluate(code, asOf);
            assertTrue("ENT-01.1 with its module: " + installed, installed.status() != Status.MODULO_NON_INSTALLATO
                    && installed.status() != Status.ERRORE && installed.hasScore());
            String evalLine = evalLine("ENT", code);

            uninstallFeature(feature);
            waitFor("entrate.avvisi still installed", () -> engine.type("entrate.avvisi").isEmpty(), SHORT);
            assertEquals("measurements changed when the module went", kept, store.list(SEED, code));
            String listed = executeCommand("albero:measurements " + code);
            assertTrue(listed, rowOf(listed, a).contains("Determina n. 12") && rowOf(listed, b).contains("secondo lotto"));
            Evaluation gone = evaluate(code, asOf);
            assertEquals("ENT-01.1 without its module: " + gone, Status.MODULO_NON_INSTALLATO, gone.status());
            assertTrue(gone.explanation(), gone.explanation().contains("entrate"));
            assertTrue(evalLine("ENT", code).contains("modulo non installato"));

            installAndAssertFeature(feature);
            waitFor("entrate.avvisi not back", () -> engine.type("entrate.avvisi").isPresent(), SHORT);
            assertEquals(kept, store.list(SEED, code));
            assertEquals("ENT-01.1 evaluates differently after the module came back", installed, evaluate(code, asOf));
            assertEquals(evalLine, evalLine("ENT", code));
        } finally {
            if (isInstalled(feature)) {
                uninstallFeature(feature);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private Evaluation evaluate(String code, LocalDate asOf) {
        PlanStore plans = service(PlanStore.class);
        Indicator i = plans.indicator(SEED, code).orElseThrow().indicator();
        List<Measurement> ms = service(MeasurementStore.class).list(SEED, code);
        return service(Engine.class).evaluate(i, ms, asOf, 2025);
    }

    private String evalLine(String unit, String code) {
        String out = executeCommand("albero:eval --as-of 2025-12-31 " + unit);
        return out.lines().filter(l -> l.strip().startsWith(code + "  ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + code + " in albero:eval:\n" + out));
    }

    private void assertRefused(String command, String mentions) {
        CommandResult r = tryCommand(command);
        assertTrue("accepted: " + command + "\n" + r, r.failed());
        assertOneLine(r);
        assertTrue("the error of '" + command + "' does not name '" + mentions + "': " + r.error,
                r.error.contains(mentions));
        assertFalse("an exception instead of a user error: " + r.error, r.error.contains("Exception"));
        System.out.println(command + " -> " + r.error);
    }

    private static void assertOneLine(CommandResult r) {
        assertTrue("printed something besides the error: " + r, r.output.isBlank());
        assertFalse("the error is more than one line: " + r.error, r.error.contains("\n"));
        assertFalse("empty error", r.error.isBlank());
    }

    static long recordedId(String out, String code) {
        Matcher m = RECORDED.matcher(out);
        assertTrue("no id printed:\n" + out, m.find());
        assertEquals(code, m.group(2));
        return Long.parseLong(m.group(1));
    }

    /** The table row of albero:measurements that starts with the id. */
    static String rowOf(String table, long id) {
        return table.lines().filter(l -> l.strip().startsWith(id + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id + " in:\n" + table));
    }
}
