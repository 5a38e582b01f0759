package it.albero.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Provenance;
import it.albero.api.model.Timing;
import it.albero.api.model.Values;
import it.albero.api.spi.Field;
import it.albero.api.spi.Schema;
import it.albero.api.store.AuditEntry;
import it.albero.api.store.ConflictException;
import it.albero.api.store.FedFile;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.PlanVersion;
import it.albero.api.store.StoreException;
import it.albero.api.store.ValidationException;

/**
 * The repository test suite, run as is on every database the store supports (Derby, PostgreSQL).
 * Each test gets an empty database.
 */
abstract class StoreContract {

    /** A stand-in for the engine: the "rapporto" type's measurement schema, as a sector type would declare it. */
    static final JdbcMeasurementStore.TypeValidator TYPES = (indicator, m) -> indicator.typeId().equals("rapporto")
            ? Schema.of(Field.required("numeratore", Field.Kind.NUMERO, "Numeratore"),
                    Field.required("denominatore", Field.Kind.NUMERO, "Denominatore"))
            .validate(m.values(), "rilevazione per " + indicator.code())
            : List.of();

    static final PlanKey KEY = PlanKey.of(TestPlans.small());

    protected DataSource dataSource;
    protected Stores stores;

    /** An empty database for one test. */
    protected abstract DataSource freshDatabase() throws Exception;

    /** Releases the test's database. */
    protected abstract void closeDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        dataSource = freshDatabase();
        stores = Stores.open(dataSource, TYPES);
    }

    @AfterEach
    void close() throws Exception {
        closeDatabase();
    }

    static Measurement ratio(String code, LocalDate date, int num, int den, String author) {
        return new Measurement(0, code, date, Values.of("numeratore", num, "denominatore", den),
                "Determina n. 123 del 12/05/2025", "nota di prova", author, null);
    }

    // ------------------------------------------------------------ migrations

    @Test
    void migrationsAreIdempotent() {
        Migrator migrator = Migrator.bundled();
        assertEquals(List.of(), migrator.migrate(stores.db()), "second run applies nothing");
        assertEquals(List.of(), migrator.migrate(stores.db()), "third run applies nothing");
        Map<Integer, String> applied = migrator.applied(stores.db());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), List.copyOf(applied.keySet()));
    }

    @Test
    void anOlderDatabaseIsUpgradedInPlace() throws Exception {
        closeDatabase();
        dataSource = freshDatabase();
        Database db = new Database(dataSource);
        assertEquals(1, new Migrator(Migrator.load(Migrator.class, 1)).migrate(db).size());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // data written by version 1 of the schema (no plan.saved_by yet)
            s.executeUpdate("INSERT INTO ente (code, name) VALUES ('comune-prova', 'Comune di Prova')");
            s.executeUpdate("INSERT INTO plan (ente_id, code, title, start_year, end_year, reference_year, status,"
                    + " version, saved_at) SELECT id, 'PIAO-2025', 'Vecchio piano', 2025, 2027, 2025, 'ADOTTATO', 3,"
                    + " CURRENT_TIMESTAMP FROM ente");
        }
        List<Migration> applied = Migrator.bundled().migrate(db);
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9), applied.stream().map(Migration::version).toList());
        stores = Stores.open(dataSource, TYPES);
        PlanSummary s = stores.plans().summary(KEY).orElseThrow();
        assertEquals("Vecchio piano", s.title());
        assertEquals(3, s.version());
        assertEquals(PlanStatus.ADOTTATO, s.status());
        // and the upgraded schema works for new writes
        PlanSummary upd = stores.plans().updateStatus(KEY, PlanStatus.MONITORAGGIO, 3, "alice");
        assertEquals(4, upd.version());
    }

    @Test
    void twoNodesStartingAtOnceMigrateAFreshDatabaseOnce() throws Exception {
        closeDatabase();
        dataSource = freshDatabase();
        DataSource shared = dataSource;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Migration>>> runs = new java.util.ArrayList<>();
            for (int n = 0; n < 2; n++) {
                runs.add(nodes.submit(() -> {
                    Database db = new Database(shared); // each node its own store on the one database
                    start.await();
                    return Migrator.bundled().migrate(db);
                }));
            }
            List<Integer> counts = new java.util.ArrayList<>();
            for (Future<List<Migration>> run : runs) {
                counts.add(run.get(120, TimeUnit.SECONDS).size()); // both succeed
            }
            counts.sort(null);
            assertEquals(List.of(0, Migrator.bundled().latest()), counts, "one node migrates, the other finds it done");
        } finally {
            nodes.shutdownNow();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_version")) {
            rs.next();
            assertEquals(Migrator.bundled().latest(), rs.getInt(1), "each version applied once");
            assertEquals(rs.getInt(1), rs.getInt(2));
        }
        stores = Stores.open(dataSource, TYPES);
        stores.plans().save(TestPlans.small(), "ufficio");
        assertEquals(1, stores.plans().summary(KEY).orElseThrow().version());
    }

    @Test
    void aScriptChangedAfterItWasAppliedIsRefused() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE schema_version SET checksum = 'x' WHERE version = 1");
        }
        StoreException e = assertThrows(StoreException.class, () -> Migrator.bundled().migrate(stores.db()));
        assertTrue(e.getMessage().contains("V1"), e.getMessage());
    }

    // ------------------------------------------------------------ plans

    @Test
    void aPlanSurvivesTheRoundTrip() {
        Plan plan = TestPlans.small();
        PlanSummary saved = stores.plans().save(plan, "ufficio.performance");
        assertEquals(1, saved.version());
        assertEquals(6, saved.indicators());
        assertEquals(plan, stores.plans().load(KEY).orElseThrow());
        assertEquals(List.of(TestPlans.ENTE), stores.plans().enti());
        assertEquals(List.of(saved), stores.plans().plans());
        assertEquals(saved, stores.plans().current().orElseThrow());
        var ref = stores.plans().indicator(KEY, "ENT-01a.1").orElseThrow();
        assertEquals("ENT", ref.unitCode());
        assertEquals("ENT-01a", ref.objectiveCode());
        assertEquals(plan.indicator("ENT-01a.1").orElseThrow(), ref.indicator());
        assertTrue(stores.plans().indicator(KEY, "NON-ESISTE").isEmpty());
        assertTrue(stores.plans().load(new PlanKey("altro", "PIAO-2025")).isEmpty());
    }

    @Test
    void textsThatLookLikeDatesComeBackAsTexts() {
        // issue 12: a text in a stored timing (and in values) that looks like an ISO date must stay a text
        Indicator awkward = new Indicator("ENT-09.1", "Strumento", "Risultato",
                new Timing.Relative("2025-12-31", 30, "2025-12-31"), "traguardo",
                Values.of("protocollo", "2025-06-30", "scadenza", LocalDate.of(2025, 12, 31)), null, null);
        Plan base = TestPlans.small();
        OrgUnit ent = base.units().get(0);
        Objective o = new Objective("ENT-09", "2025-01-01", null, Map.of("cup", "2025-02-28"), List.of(),
                List.of(awkward), null);
        Plan plan = new Plan(base.code(), base.ente(), base.title(), base.startYear(), base.endYear(),
                base.referenceYear(), base.status(), base.version(), List.of(new OrgUnit(ent.code(), ent.name(),
                ent.kind(), ent.moduleId(), List.of(o), ent.review())));
        stores.plans().save(plan, "ufficio");
        Plan loaded = stores.plans().load(KEY).orElseThrow();
        assertEquals(plan.units(), loaded.units());
        assertEquals(awkward, stores.plans().indicator(KEY, "ENT-09.1").orElseThrow().indicator());
        assertEquals(loaded, stores.plans().load(KEY, 1).orElseThrow(), "and in the plan's history");
        Values values = Values.of("atto", "2025-03-01", "data", LocalDate.of(2025, 3, 1));
        long id = stores.measurements().record(KEY, new Measurement(0, "ENT-09.1", LocalDate.of(2025, 3, 1),
                values, "2025-03-01", null, "dir", null));
        Measurement back = stores.measurements().list(KEY, "ENT-09.1").get(0);
        assertEquals(id, back.id());
        assertEquals(values, back.values());
        assertEquals("2025-03-01", back.values().get("atto").orElseThrow());
        assertEquals(LocalDate.of(2025, 3, 1), back.values().get("data").orElseThrow());
        assertEquals(values, stores.measurements().source(KEY).measurements("ENT-09.1").get(0).values());
    }

    @Test
    void savingAgainReplacesTheTreeAndKeepsMeasurements() {
        stores.plans().save(TestPlans.small(), "alice");
        long id = stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 3, 1), 3, 10, "bob"));
        Plan loaded = stores.plans().load(KEY).orElseThrow();
        OrgUnit ent = loaded.units().get(0);
        Objective o = ent.objectives().get(0);
        Objective trimmed = new Objective(o.code(), "Titolo rivisto", o.weight(), o.tags(), o.phases(),
                List.of(o.indicators().get(0)), o.review());
        Plan changed = new Plan(loaded.code(), loaded.ente(), loaded.title(), 2025, 2027, 2025, PlanStatus.ADOTTATO,
                loaded.version(), List.of(new OrgUnit(ent.code(), ent.name(), ent.kind(), ent.moduleId(),
                List.of(trimmed), null), loaded.units().get(1)));
        PlanSummary saved = stores.plans().save(changed, "alice");
        assertEquals(2, saved.version());
        assertEquals(5, saved.indicators());
        Plan reloaded = stores.plans().load(KEY).orElseThrow();
        assertEquals("Titolo rivisto", reloaded.units().get(0).objectives().get(0).title());
        assertEquals(PlanStatus.ADOTTATO, reloaded.status());
        assertEquals(List.of(id), stores.measurements().list(KEY, "ENT-01.1").stream().map(Measurement::id).toList());
    }

    @Test
    void aStaleStatusUpdateIsRefusedAndAuditedWithBothAuthors() {
        stores.plans().save(TestPlans.small(), "ufficio");
        int seen = stores.plans().summary(KEY).orElseThrow().version();
        PlanSummary alice = stores.plans().updateStatus(KEY, PlanStatus.ADOTTATO, seen, "alice");
        assertEquals(seen + 1, alice.version());
        ConflictException e = assertThrows(ConflictException.class,
                () -> stores.plans().updateStatus(KEY, PlanStatus.VALIDATO, seen, "bob"));
        assertEquals(seen, e.expectedVersion());
        assertEquals(seen + 1, e.actualVersion());
        assertTrue(e.getMessage().startsWith("Conflitto sul piano comune-prova/PIAO-2025"), e.getMessage());
        assertTrue(e.getMessage().contains("'bob'") && e.getMessage().contains("'alice'"), e.getMessage());
        PlanSummary now = stores.plans().summary(KEY).orElseThrow();
        assertEquals(PlanStatus.ADOTTATO, now.status());
        assertEquals(alice.version(), now.version());
        List<AuditEntry> trail = stores.audit().byCode("PIAO-2025", 10);
        AuditEntry refused = trail.get(0);
        AuditEntry accepted = trail.get(1);
        assertEquals("bob", refused.author());
        assertEquals(AuditEntry.Outcome.REFUSED, refused.outcome());
        assertEquals("piano.stato", refused.action());
        assertTrue(refused.after().contains("validato"), refused.after());
        assertEquals(e.getMessage(), refused.message());
        assertEquals("alice", accepted.author());
        assertEquals(AuditEntry.Outcome.ACCEPTED, accepted.outcome());
        assertEquals(KEY, accepted.plan());
        assertNotNull(accepted.at());
    }

    @Test
    void aStaleSaveIsRefusedAndChangesNothing() {
        stores.plans().save(TestPlans.small(), "ufficio");
        Plan aliceCopy = stores.plans().load(KEY).orElseThrow();
        Plan bobCopy = stores.plans().load(KEY).orElseThrow();
        Plan aliceEdit = retitle(aliceCopy, "Versione di Alice");
        stores.plans().save(aliceEdit, "alice");
        Plan expected = stores.plans().load(KEY).orElseThrow();
        assertThrows(ConflictException.class, () -> stores.plans().save(retitle(bobCopy, "Versione di Bob"), "bob"));
        assertEquals(expected, stores.plans().load(KEY).orElseThrow());
        List<AuditEntry> trail = stores.audit().byCode("PIAO-2025", 10);
        assertEquals(List.of("bob", "alice", "ufficio"), trail.stream().map(AuditEntry::author).toList());
        assertEquals(List.of(AuditEntry.Outcome.REFUSED, AuditEntry.Outcome.ACCEPTED, AuditEntry.Outcome.ACCEPTED),
                trail.stream().map(AuditEntry::outcome).toList());
    }

    private static Plan retitle(Plan p, String title) {
        return new Plan(p.code(), p.ente(), title, p.startYear(), p.endYear(), p.referenceYear(), p.status(),
                p.version(), p.units());
    }

    @Test
    void severalEntiLiveSideBySide() {
        Ente other = new Ente("comune-vicino", "Comune Vicino");
        stores.plans().save(TestPlans.small(), "alice");
        stores.plans().save(TestPlans.small(other, "PIAO-2025"), "carla");
        assertEquals(2, stores.plans().enti().size());
        PlanKey otherKey = new PlanKey("comune-vicino", "PIAO-2025");
        stores.measurements().record(otherKey, ratio("ENT-01.1", LocalDate.of(2025, 6, 1), 1, 2, "carla"));
        assertEquals(0, stores.measurements().count(KEY));
        assertEquals(1, stores.measurements().count(otherKey));
        assertEquals(otherKey, stores.plans().current().orElseThrow().key());
        assertEquals(KEY, stores.plans().current("comune-prova").orElseThrow().key());
    }

    @Test
    void aPlanWithRepeatedCodesIsRefusedWhole() {
        Plan p = TestPlans.small();
        Indicator dup = p.units().get(1).objectives().get(0).indicators().get(0);
        Indicator clash = new Indicator("ENT-01.1", dup.instrument(), dup.expectedResult(), dup.timing(),
                dup.typeId(), dup.parameters(), null, null);
        Plan bad = withSecondUnitOnly(p, Map.of(), clash);
        ValidationException e = assertThrows(ValidationException.class, () -> stores.plans().save(bad, "alice"));
        assertEquals(List.of("piano comune-prova/PIAO-2025, indicatore ENT-01.1: codice di indicatore ripetuto nel piano"),
                e.problems());
        assertTrue(stores.plans().plans().isEmpty());
        assertTrue(stores.plans().enti().isEmpty());
        assertTrue(stores.audit().recent(10).isEmpty());
    }

    @Test
    void aPlanWithTextsTooLongForTheirColumnsSaysWhereAndWritesNothing() {
        Plan p = TestPlans.small();
        Objective o = p.units().get(1).objectives().get(0);
        Indicator i = o.indicators().get(0);
        Indicator wordy = new Indicator(i.code(), "s".repeat(32673), i.expectedResult(),
                new Timing.Unspecified("t".repeat(4001)), i.typeId(), i.parameters(), null, null);
        Plan bad = withSecondUnitOnly(p, Map.of("cup", "c".repeat(4000)), wordy);
        ValidationException e = assertThrows(ValidationException.class, () -> stores.plans().save(bad, "alice"));
        String where = "piano comune-prova/PIAO-2025, ";
        assertEquals(List.of(where + "obiettivo " + o.code() + ": 'tag' è troppo lungo (4010 caratteri, massimo 4000)",
                where + "indicatore " + i.code() + ": 'strumento' è troppo lungo (32673 caratteri, massimo 32672)",
                where + "indicatore " + i.code() + ": 'tempi' è troppo lungo (4029 caratteri, massimo 4000)"),
                e.problems());
        assertTrue(stores.plans().plans().isEmpty());
        assertTrue(stores.audit().recent(10).isEmpty());
    }

    /**
     * The plan with its first unit, and its second unit reduced to its first objective (with these tags) holding one
     * indicator.
     */
    private static Plan withSecondUnitOnly(Plan p, Map<String, String> tags, Indicator only) {
        OrgUnit second = p.units().get(1);
        Objective o = second.objectives().get(0);
        return new Plan(p.code(), p.ente(), p.title(), 2025, 2027, 2025, p.status(), 1, List.of(p.units().get(0),
                new OrgUnit(second.code(), second.name(), second.kind(), second.moduleId(), List.of(new Objective(
                        o.code(), o.title(), null, tags, List.of(), List.of(only), null)), null)));
    }

    // ------------------------------------------------------------ history (plan versions)

    private static Plan withIndicator(Plan p, String code, String expectedResult, Values parameters) {
        List<OrgUnit> units = p.units().stream().map(u -> new OrgUnit(u.code(), u.name(), u.kind(), u.moduleId(),
                u.objectives().stream().map(o -> withIndicator(o, code, expectedResult, parameters)).toList(),
                u.review())).toList();
        return new Plan(p.code(), p.ente(), p.title(), p.startYear(), p.endYear(), p.referenceYear(), p.status(),
                p.version(), units);
    }

    private static Objective withIndicator(Objective o, String code, String expectedResult, Values parameters) {
        return new Objective(o.code(), o.title(), o.weight(), o.tags(),
                o.phases().stream().map(f -> withIndicator(f, code, expectedResult, parameters)).toList(),
                o.indicators().stream().map(i -> !i.code().equals(code) ? i : new Indicator(i.code(), i.instrument(),
                        expectedResult, i.timing(), i.typeId(), parameters, i.weight(), i.review())).toList(),
                o.review());
    }

    @Test
    void everySaveKeepsItsWholeTreeInTheHistory() {
        Plan original = TestPlans.small();
        stores.plans().save(original, "alice");
        Plan changed = withIndicator(stores.plans().load(KEY).orElseThrow(), "ENT-01.1", "95% degli avvisi",
                Values.of("target", 95, "confronto", ">="));
        PlanSummary v2 = stores.plans().save(changed, "bob");
        assertEquals(2, v2.version());

        List<PlanVersion> versions = stores.plans().versions(KEY);
        assertEquals(List.of(1, 2), versions.stream().map(PlanVersion::version).toList());
        assertEquals(List.of("alice", "bob"), versions.stream().map(PlanVersion::author).toList());
        assertEquals(List.of(6, 6), versions.stream().map(PlanVersion::indicators).toList());
        assertEquals(original.title(), versions.get(0).title());
        assertEquals(PlanStatus.BOZZA, versions.get(0).status());
        assertEquals(v2.savedAt(), versions.get(1).savedAt());
        assertFalse(versions.get(0).savedAt().isAfter(versions.get(1).savedAt()));

        Plan first = stores.plans().load(KEY, 1).orElseThrow();
        assertEquals(original, first, "version 1 as it was saved, tree, status and version");
        assertEquals("100% degli avvisi", first.indicator("ENT-01.1").orElseThrow().expectedResult());
        Plan second = stores.plans().load(KEY, 2).orElseThrow();
        assertEquals(stores.plans().load(KEY).orElseThrow(), second, "the current version is in the history too");
        assertEquals(Values.of("target", 95, "confronto", ">="),
                second.indicator("ENT-01.1").orElseThrow().parameters());

        // a status change raises the version but is not a new tree: it stays in the audit trail only
        assertEquals(3, stores.plans().updateStatus(KEY, PlanStatus.ADOTTATO, 2, "carla").version());
        assertEquals(List.of(1, 2), stores.plans().versions(KEY).stream().map(PlanVersion::version).toList());
        assertTrue(stores.plans().load(KEY, 3).isEmpty());
        assertTrue(stores.plans().load(KEY, 0).isEmpty());
        assertTrue(stores.plans().load(new PlanKey("altro", "PIAO-2025"), 1).isEmpty());
        assertEquals(List.of(), stores.plans().versions(new PlanKey("altro", "PIAO-2025")));

        // the next save is version 4, with the status it was saved with
        Plan adopted = stores.plans().load(KEY).orElseThrow();
        stores.plans().save(adopted, "dario");
        PlanVersion v4 = stores.plans().versions(KEY).get(2);
        assertEquals(4, v4.version());
        assertEquals(PlanStatus.ADOTTATO, v4.status());
        assertEquals("dario", v4.author());
        assertEquals(original, stores.plans().load(KEY, 1).orElseThrow(), "earlier versions never change");
    }

    @Test
    void aRefusedSaveAddsNoVersion() {
        stores.plans().save(TestPlans.small(), "alice");
        Plan stale = TestPlans.small();
        stores.plans().save(retitle(stores.plans().load(KEY).orElseThrow(), "Seconda"), "alice");
        assertThrows(ConflictException.class, () -> stores.plans().save(retitle(stale, "Di Bob"), "bob"));
        assertEquals(List.of("Albero della Performance 2025-2027", "Seconda"),
                stores.plans().versions(KEY).stream().map(PlanVersion::title).toList());
    }

    @Test
    void aBigPlanRoundTripsThroughTheHistoryInSeveralChunks() throws SQLException {
        Plan big = TestPlans.synthetic("PIAO-GRANDE", 300);
        // an astral-plane character exactly across the first chunk boundary (one UTF-16 pair, two chars)
        String json0 = PlanJson.write(withTitle(big, "U0-00", "\uD83C\uDF33"));
        int pad = PlanHistory.CHUNK - 1 - json0.indexOf("\uD83C\uDF33");
        assertTrue(pad > 0, "the plan is longer than one chunk");
        big = withTitle(big, "U0-00", "x".repeat(pad) + "\uD83C\uDF33 albero");
        String json = PlanJson.write(big);
        assertTrue(json.length() > 3 * PlanHistory.CHUNK, "JSON of " + json.length() + " chars");
        assertTrue(Character.isHighSurrogate(json.charAt(PlanHistory.CHUNK - 1)));

        stores.plans().save(big, "ufficio");
        PlanKey key = PlanKey.of(big);
        assertEquals(big, stores.plans().load(key, 1).orElseThrow());
        assertEquals(300, stores.plans().versions(key).get(0).indicators());
        assertEquals(0, chunks(), "the latest version's tree is the plan's own: written once");
        // the next save replaces version 1: its tree goes to the history then, in chunks
        stores.plans().save(retitle(stores.plans().load(key).orElseThrow(), "Variazione"), "ufficio");
        assertEquals(big, stores.plans().load(key, 1).orElseThrow());
        assertEquals("Variazione", stores.plans().load(key, 2).orElseThrow().title());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MAX(seq) FROM plan_version_chunk");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            int chunks = (json.length() + PlanHistory.CHUNK - 1) / PlanHistory.CHUNK;
            assertTrue(rs.getInt(1) >= chunks, rs.getInt(1) + " chunks");
            assertEquals(rs.getInt(1) - 1, rs.getInt(2));
        }
    }

    private long chunks() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM plan_version_chunk");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aReplacedVersionKeepsTheEnteNameItWasSavedWith() {
        Plan original = TestPlans.small();
        stores.plans().save(original, "alice");
        Plan renamed = stores.plans().load(KEY).orElseThrow();
        renamed = new Plan(renamed.code(), new Ente(renamed.ente().code(), "Comune di Prova Nuovo"), renamed.title(),
                renamed.startYear(), renamed.endYear(), renamed.referenceYear(), renamed.status(), renamed.version(),
                renamed.units());
        stores.plans().save(renamed, "bob");
        assertEquals(original, stores.plans().load(KEY, 1).orElseThrow());
        assertEquals("Comune di Prova Nuovo", stores.plans().load(KEY, 2).orElseThrow().ente().name());
        // a stale save writes nothing, not even the history of the version it would replace
        assertThrows(ConflictException.class, () -> stores.plans().save(original, "carla"));
        assertEquals(List.of(1, 2), stores.plans().versions(KEY).stream().map(PlanVersion::version).toList());
        assertEquals(renamed.units(), stores.plans().load(KEY, 2).orElseThrow().units());
    }

    private static Plan withTitle(Plan p, String objectiveCode, String title) {
        List<OrgUnit> units = p.units().stream().map(u -> new OrgUnit(u.code(), u.name(), u.kind(), u.moduleId(),
                u.objectives().stream().map(o -> !o.code().equals(objectiveCode) ? o : new Objective(o.code(), title,
                        o.weight(), o.tags(), o.phases(), o.indicators(), o.review())).toList(), u.review())).toList();
        return new Plan(p.code(), p.ente(), p.title(), p.startYear(), p.endYear(), p.referenceYear(), p.status(),
                p.version(), units);
    }

    @Test
    void aPlanSavedBeforeTheHistoryKeepsItsTreeOnTheNextSave() throws SQLException {
        Plan original = TestPlans.small();
        stores.plans().save(original, "alice");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // as a plan stored with schema 3 looks after the upgrade: no history yet
            s.executeUpdate("DELETE FROM plan_version_chunk");
            s.executeUpdate("DELETE FROM plan_version");
        }
        assertEquals(List.of(), stores.plans().versions(KEY));
        stores.plans().save(retitle(stores.plans().load(KEY).orElseThrow(), "Variazione"), "bob");
        List<PlanVersion> versions = stores.plans().versions(KEY);
        assertEquals(List.of(1, 2), versions.stream().map(PlanVersion::version).toList());
        assertEquals(List.of("alice", "bob"), versions.stream().map(PlanVersion::author).toList());
        assertEquals(original, stores.plans().load(KEY, 1).orElseThrow());
        assertEquals("Variazione", stores.plans().load(KEY, 2).orElseThrow().title());
    }

    // ------------------------------------------------------------ measurements

    @Test
    void aMeasurementIsRecordedListedAndAudited() {
        stores.plans().save(TestPlans.small(), "ufficio");
        long first = stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 6, 30), 12, 15, "dir.entrate"));
        long second = stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 3, 31), 5, 15, "dir.entrate"));
        long other = stores.measurements().record(KEY, new Measurement(0, "ENT-01.2", LocalDate.of(2025, 11, 3),
                Values.of("data", LocalDate.of(2025, 11, 3), "atto", "Delibera n. 45"), null, " ", "dir.entrate", null));
        assertTrue(first > 0 && second > first && other > second);
        List<Measurement> list = stores.measurements().list(KEY, "ENT-01.1");
        assertEquals(List.of(second, first), list.stream().map(Measurement::id).toList(), "oldest date first");
        Measurement m = list.get(1);
        assertEquals(LocalDate.of(2025, 6, 30), m.date());
        assertEquals(Values.of("numeratore", 12, "denominatore", 15), m.values());
        assertEquals("Determina n. 123 del 12/05/2025", m.evidence());
        assertEquals("nota di prova", m.note());
        assertEquals("dir.entrate", m.author());
        assertNotNull(m.recordedAt());
        Measurement milestone = stores.measurements().list(KEY, "ENT-01.2").get(0);
        assertEquals(LocalDate.of(2025, 11, 3), milestone.values().date("data").orElseThrow());
        assertEquals(null, milestone.note(), "a blank note is stored as none");
        assertEquals(3, stores.measurements().count(KEY));
        assertEquals(2, stores.measurements().source(KEY).measurements("ENT-01.1").size());
        AuditEntry a = stores.audit().byCode("ENT-01.1", 1).get(0);
        assertEquals("rilevazione.registra", a.action());
        assertEquals("dir.entrate", a.author());
        assertTrue(a.after().contains("\"id\":" + second), a.after());
    }

    static Measurement fed(String code, LocalDate date, int num, int den, String file, String hash, int row,
                           Long supersedes) {
        return new Measurement(0, code, date, Values.of("numeratore", num, "denominatore", den), null, null, "feed",
                null, supersedes, new Provenance("core.rilevazioni", file, hash, row));
    }

    @Test
    void aFedFileIsRecordedWholeOnceWithItsProvenanceAndACorrectedFileSupersedes() {
        stores.plans().save(TestPlans.small(), "ufficio");
        String h1 = "a".repeat(64);
        FedFile file = new FedFile("core.rilevazioni", "giugno.csv", h1, "dir.entrate", null, 2);
        List<Long> ids = stores.measurements().recordFile(KEY, file, List.of(
                fed("ENT-01.1", LocalDate.of(2025, 6, 30), 12, 15, "giugno.csv", h1, 2, null),
                fed("ENT-01.1", LocalDate.of(2025, 5, 31), 9, 15, "giugno.csv", h1, 3, null)));
        assertEquals(2, ids.size());
        Measurement m = stores.measurements().list(KEY, "ENT-01.1").get(1);
        assertEquals(new Provenance("core.rilevazioni", "giugno.csv", h1, 2), m.provenance());
        assertEquals("giugno.csv", stores.measurements().fedFile(KEY, "core.rilevazioni", h1).orElseThrow().fileName());
        assertTrue(stores.measurements().fedFile(KEY, "core.rilevazioni", "b".repeat(64)).isEmpty());
        // the same content again: refused, nothing written
        assertThrows(ConflictException.class, () -> stores.measurements().recordFile(KEY, file,
                List.of(fed("ENT-01.1", LocalDate.of(2025, 6, 30), 12, 15, "giugno.csv", h1, 2, null))));
        assertEquals(2, stores.measurements().count(KEY));
        // a corrected version of the file supersedes one record; the earlier one stays
        String h2 = "c".repeat(64);
        List<Measurement> before = stores.measurements().fromFile(KEY, "core.rilevazioni", "giugno.csv");
        assertEquals(2, before.size());
        long june = before.stream().filter(x -> x.date().getMonthValue() == 6).findFirst().orElseThrow().id();
        stores.measurements().recordFile(KEY, new FedFile("core.rilevazioni", "giugno.csv", h2, "dir.entrate", null, 1),
                List.of(fed("ENT-01.1", LocalDate.of(2025, 6, 30), 13, 15, "giugno.csv", h2, 2, june)));
        assertEquals(3, stores.measurements().count(KEY));
        List<Measurement> after = stores.measurements().fromFile(KEY, "core.rilevazioni", "giugno.csv");
        assertEquals(2, after.size(), "the corrected one no longer counts");
        assertTrue(after.stream().anyMatch(x -> Long.valueOf(june).equals(x.supersedes())));
        assertEquals("rilevazione.corregge", stores.audit().byCode("ENT-01.1", 1).get(0).action());
        assertEquals("file.acquisisce", stores.audit().byCode("core.rilevazioni", 1).get(0).action());
    }

    private static Measurement monthly(String code, int month, int num, int den) {
        return Measurement.of(code, LocalDate.of(2025, month, 1).plusMonths(1).minusDays(1),
                Values.of("numeratore", num, "denominatore", den), "generatore");
    }

    @Test
    void aBatchIsRecordedWholeInOneTransactionWithOneAuditEntry() {
        stores.plans().save(TestPlans.small(), "ufficio");
        long commits = stores.db().commits();
        long auditBefore = stores.audit().latestId();
        List<Measurement> batch = new java.util.ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            batch.add(monthly("ENT-01.1", month, month * 10, 130));
        }
        for (int k = 0; k < 1200; k++) {
            batch.add(monthly("ENT-01.1", 1 + k % 12, k, 2000));
        }
        assertEquals(1212, stores.measurements().recordBatch(KEY, batch, "generatore"));
        assertEquals(1, stores.db().commits() - commits, "one transaction");
        assertEquals(1212, stores.measurements().count(KEY));
        List<Measurement> stored = stores.measurements().list(KEY, "ENT-01.1");
        assertEquals(LocalDate.of(2025, 1, 31), stored.get(0).date());
        assertEquals("generatore", stored.get(0).author());
        assertTrue(stored.stream().allMatch(m -> m.id() > 0 && m.recordedAt() != null && m.supersedes() == null));
        assertEquals(1212, stores.measurements().source(KEY).measurements("ENT-01.1").size());
        List<it.albero.api.store.AuditEntry> recent = stores.audit().recent(5);
        assertEquals(auditBefore + 1, stores.audit().latestId(), "one audit entry for the batch");
        assertEquals("rilevazione.carica", recent.get(0).action());
        assertTrue(recent.get(0).message().contains("1212 rilevazioni"), recent.get(0).message());
        assertEquals(0, stores.measurements().recordBatch(KEY, List.of(), "generatore"));
    }

    /** Texts the batched inserts must carry as they are (array literals on PostgreSQL, a JDBC batch on Derby). */
    private static final List<String> AWKWARD = List.of("virgolette \" e 'apici'", "barra \\ rovescia \\N",
            "{graffe, virgole}", "NULL", "a capo\ne\ttab\r", "àèìòù € 🌳", " spazi attorno ", "(1,2)");

    @Test
    void awkwardTextsAndDeepPhasesSurviveTheBatchedInserts() {
        List<Indicator> indicators = new java.util.ArrayList<>();
        for (int n = 0; n < AWKWARD.size(); n++) {
            indicators.add(new Indicator("ENT-07.1." + n, AWKWARD.get(n), AWKWARD.get((n + 1) % AWKWARD.size()),
                    new Timing.Unspecified(AWKWARD.get(n)), "conteggio", Values.of("testo", AWKWARD.get(n),
                    "elenco", List.of(AWKWARD.get(n), "NULL")), n % 2 == 0 ? null : 0.5 * n,
                    n % 3 == 0 ? null : AWKWARD.get(n)));
        }
        Indicator deepest = new Indicator("ENT-07.3", "Fase della fase", "fatto", new Timing.Unspecified("-"),
                "traguardo", Values.of("scadenza", LocalDate.of(2025, 6, 30)), null, null);
        Objective phaseOfPhase = new Objective("ENT-07a1", AWKWARD.get(2), 2.0, Map.of("nota", AWKWARD.get(3)),
                List.of(), List.of(deepest), AWKWARD.get(4));
        Objective phase = new Objective("ENT-07a", AWKWARD.get(1), null, Map.of(), List.of(phaseOfPhase),
                List.of(new Indicator("ENT-07.2", "Fase", "fatto", new Timing.Unspecified("-"), "traguardo",
                        Values.of("atto", "determina"), null, null)), null);
        Objective root = new Objective("ENT-07", AWKWARD.get(0), 1.0, Map.of(), List.of(phase), indicators,
                AWKWARD.get(5));
        Plan base = TestPlans.small();
        List<OrgUnit> units = new java.util.ArrayList<>(base.units());
        units.add(new OrgUnit("SEG", AWKWARD.get(6), it.albero.api.model.UnitKind.SETTORE, null, List.of(root),
                AWKWARD.get(7)));
        units.add(new OrgUnit("VUO", "Unità senza obiettivi", it.albero.api.model.UnitKind.SETTORE, null, List.of(),
                null));
        Plan plan = new Plan(base.code(), base.ente(), base.title(), base.startYear(), base.endYear(),
                base.referenceYear(), base.status(), base.version(), units);
        stores.plans().save(plan, "ufficio");
        Plan loaded = stores.plans().load(KEY).orElseThrow();
        assertEquals(plan.units(), loaded.units(), "the tree, its order and every text as saved");
        var ref = stores.plans().indicator(KEY, "ENT-07.3").orElseThrow();
        assertEquals("SEG", ref.unitCode());
        assertEquals("ENT-07a1", ref.objectiveCode());
        // saved again: the tree replaced, same result
        stores.plans().save(new Plan(plan.code(), plan.ente(), plan.title(), plan.startYear(), plan.endYear(),
                plan.referenceYear(), plan.status(), 1, units), "ufficio");
        assertEquals(plan.units(), stores.plans().load(KEY).orElseThrow().units());

        List<Measurement> batch = new java.util.ArrayList<>();
        for (int n = 0; n < AWKWARD.size(); n++) {
            batch.add(new Measurement(0, "ENT-07.1." + n, LocalDate.of(2025, 1 + n, 28),
                    Values.of("valore", n, "nota", AWKWARD.get(n)), AWKWARD.get(n),
                    AWKWARD.get((n + 2) % AWKWARD.size()), "gen", null, null,
                    n % 2 == 0 ? null : new Provenance("fonte", AWKWARD.get(n), "h" + n, n)));
        }
        assertEquals(AWKWARD.size(), stores.measurements().recordBatch(KEY, batch, "gen"));
        for (int n = 0; n < AWKWARD.size(); n++) {
            Measurement back = stores.measurements().list(KEY, "ENT-07.1." + n).get(0);
            Measurement sent = batch.get(n);
            assertEquals(sent.values(), back.values());
            assertEquals(sent.date(), back.date());
            assertEquals(sent.evidence().strip(), back.evidence());
            assertEquals(sent.note().strip(), back.note());
            assertEquals(sent.provenance() == null ? null : sent.provenance().file(),
                    back.provenance() == null ? null : back.provenance().file());
        }
    }

    @Test
    void aBatchWithOneBadMeasurementWritesNothingAndSaysWhichOne() {
        stores.plans().save(TestPlans.small(), "ufficio");
        ValidationException e = assertThrows(ValidationException.class, () -> stores.measurements().recordBatch(KEY,
                List.of(monthly("ENT-01.1", 1, 1, 2), monthly("ENT-99.9", 2, 1, 2),
                        Measurement.of("ENT-01.1", LocalDate.of(2025, 3, 31), Values.of("numeratore", 1), "g"),
                        Measurement.of("ENT-01.1", LocalDate.of(2031, 3, 31), Values.of("numeratore", 1,
                                "denominatore", 2), "g")), "generatore"));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).contains("ENT-99.9"), e.problems().toString());
        assertTrue(e.problems().get(1).startsWith("n. 3"), e.problems().toString());
        assertTrue(e.problems().get(2).contains("2031"), e.problems().toString());
        assertEquals(0, stores.measurements().count(KEY));
        assertThrows(ValidationException.class, () -> stores.measurements().recordBatch(KEY,
                List.of(monthly("ENT-01.1", 1, 1, 2)), " "));
        assertThrows(ValidationException.class, () -> stores.measurements().recordBatch(
                new PlanKey("nessuno", "PIAO-2025"), List.of(monthly("ENT-01.1", 1, 1, 2)), "generatore"));
        assertEquals(0, stores.measurements().count(KEY));
    }

    @Test
    void aReminderIsClaimedOnceAndAFailedSendingIsReleased() {
        stores.plans().save(TestPlans.small(), "ufficio");
        LocalDate due = LocalDate.of(2025, 12, 31);
        assertTrue(stores.reminders().claim(KEY, "ENT-01.1", due, "in_scadenza", "dir@comune.example.it"));
        assertFalse(stores.reminders().claim(KEY, "ENT-01.1", due, "in_scadenza", "dir@comune.example.it"));
        assertTrue(stores.reminders().claim(KEY, "ENT-01.1", due, "scaduto", "dir@comune.example.it"), "another kind");
        assertTrue(stores.reminders().claim(KEY, "ENT-01.1", due, "in_scadenza", "po@comune.example.it"));
        stores.reminders().release(KEY, "ENT-01.1", due, "in_scadenza", "dir@comune.example.it");
        assertTrue(stores.reminders().claim(KEY, "ENT-01.1", due, "in_scadenza", "dir@comune.example.it"));
    }

    @Test
    void aFedFileWithOneBadMeasurementWritesNothingNotEvenTheFile() {
        stores.plans().save(TestPlans.small(), "ufficio");
        String h = "d".repeat(64);
        FedFile file = new FedFile("core.rilevazioni", "rotto.csv", h, "x", null, 2);
        assertThrows(ValidationException.class, () -> stores.measurements().recordFile(KEY, file, List.of(
                fed("ENT-01.1", LocalDate.of(2025, 6, 30), 12, 15, "rotto.csv", h, 2, null),
                fed("ENT-99.9", LocalDate.of(2025, 6, 30), 1, 2, "rotto.csv", h, 3, null))));
        assertEquals(0, stores.measurements().count(KEY));
        assertTrue(stores.measurements().fedFile(KEY, "core.rilevazioni", h).isEmpty());
    }

    @Test
    void badInputGetsOneClearLineAndChangesNothing() {
        stores.plans().save(TestPlans.small(), "ufficio");
        int audit = stores.audit().recent(100).size();
        assertRefused("indicatore sconosciuto 'ENT-99.9'",
                () -> stores.measurements().record(KEY, ratio("ENT-99.9", LocalDate.of(2025, 1, 1), 1, 2, "x")));
        assertRefused("la data 2031-01-01 è fuori dagli anni del piano 2025-2027",
                () -> stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2031, 1, 1), 1, 2, "x")));
        assertRefused("'numeratore' deve essere un numero",
                () -> stores.measurements().record(KEY, new Measurement(0, "ENT-01.1", LocalDate.of(2025, 1, 1),
                        Values.of("numeratore", "dodici", "denominatore", 15), null, null, "x", null)));
        assertRefused("manca 'denominatore'",
                () -> stores.measurements().record(KEY, new Measurement(0, "ENT-01.1", LocalDate.of(2025, 1, 1),
                        Values.of("numeratore", 3), null, null, "x", null)));
        assertRefused("nessun valore",
                () -> stores.measurements().record(KEY, new Measurement(0, "ENT-01.2", LocalDate.of(2025, 1, 1),
                        Values.empty(), null, null, "x", null)));
        assertRefused("autore mancante",
                () -> stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 1, 1), 1, 2, " ")));
        assertRefused("piano sconosciuto altro/PIAO-2025",
                () -> stores.measurements().record(new PlanKey("altro", "PIAO-2025"),
                        ratio("ENT-01.1", LocalDate.of(2025, 1, 1), 1, 2, "x")));
        assertRefused("'nota' è troppo lungo",
                () -> stores.measurements().record(KEY, new Measurement(0, "ENT-01.1", LocalDate.of(2025, 1, 1),
                        Values.of("numeratore", 1, "denominatore", 2), null, "n".repeat(4001), "x", null)));
        assertRefused("piano sconosciuto",
                () -> stores.plans().updateStatus(new PlanKey("altro", "X"), PlanStatus.ADOTTATO, 1, "x"));
        assertEquals(0, stores.measurements().count(KEY));
        assertEquals(audit, stores.audit().recent(100).size());
        assertEquals(1, stores.plans().summary(KEY).orElseThrow().version());
    }

    @Test
    void aValidatedPlanLocksItsMeasurements() {
        stores.plans().save(TestPlans.small(), "ufficio");
        long before = stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 6, 30), 12, 15, "dir"));
        int version = stores.plans().summary(KEY).orElseThrow().version();
        assertEquals(1, version, "recording a measurement does not change the plan's version");
        for (PlanStatus next : List.of(PlanStatus.ADOTTATO, PlanStatus.MONITORAGGIO, PlanStatus.RENDICONTAZIONE)) {
            version = stores.plans().updateStatus(KEY, next, version, "ufficio").version();
        }
        long during = stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 12, 31), 15, 15, "dir"));
        version = stores.plans().updateStatus(KEY, PlanStatus.VALIDATO, version, "oiv").version();
        int audit = stores.audit().recent(100).size();

        assertRefused("rilevazione per ENT-01.1: piano validato: rilevazioni bloccate (comune-prova/PIAO-2025)",
                () -> stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 12, 31), 1, 1, "dir")));
        assertRefused("piano validato: rilevazioni bloccate", () -> stores.measurements().record(KEY,
                new Measurement(0, "ENT-01.2", LocalDate.of(2025, 11, 3), Values.of("atto", "Delibera n. 45"),
                        null, null, "dir", null)));
        assertEquals(List.of(before, during),
                stores.measurements().list(KEY, "ENT-01.1").stream().map(Measurement::id).toList());
        assertEquals(2, stores.measurements().count(KEY));
        assertEquals(audit, stores.audit().recent(100).size(), "a refused measurement writes nothing");
        PlanSummary s = stores.plans().summary(KEY).orElseThrow();
        assertEquals(PlanStatus.VALIDATO, s.status());
        assertEquals(version, s.version());
    }

    @Test
    void aMeasurementRacingTheValidationIsRefusedOnceItCommits() throws Exception {
        stores.plans().save(TestPlans.small(), "ufficio");
        stores.plans().updateStatus(KEY, PlanStatus.ADOTTATO, 1, "ufficio");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection validation = dataSource.getConnection()) {
            validation.setAutoCommit(false);
            try (PreparedStatement ps = validation.prepareStatement("UPDATE plan SET status = 'VALIDATO',"
                    + " version = version + 1 WHERE code = 'PIAO-2025'")) {
                assertEquals(1, ps.executeUpdate());
            }
            Future<Long> racing = pool.submit(() -> stores.measurements().record(KEY,
                    ratio("ENT-01.1", LocalDate.of(2025, 12, 31), 1, 1, "dir")));
            Thread.sleep(500);
            assertFalse(racing.isDone(), "the measurement waits for the validation in progress");
            validation.commit();
            ExecutionException e = assertThrows(ExecutionException.class, () -> racing.get(30, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof ValidationException, String.valueOf(e.getCause()));
            assertTrue(e.getCause().getMessage().contains("piano validato: rilevazioni bloccate"),
                    e.getCause().getMessage());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, stores.measurements().count(KEY));
    }

    // ------------------------------------------------------------ corrections

    @Test
    void aCorrectionKeepsBothRecordsAndOnlyTheLatestCounts() {
        stores.plans().save(TestPlans.small(), "ufficio");
        long wrong = stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 3, 31), 50, 15, "dir"));
        long other = stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 6, 30), 12, 15, "dir"));
        long fixed = stores.measurements().correct(KEY, wrong,
                ratio("ENT-01.1", LocalDate.of(2025, 3, 31), 5, 15, "ufficio"));
        long again = stores.measurements().correct(KEY, fixed,
                ratio("ENT-01.1", LocalDate.of(2025, 3, 30), 6, 15, "ufficio"));
        assertTrue(fixed > other && again > fixed);

        List<Measurement> all = stores.measurements().list(KEY, "ENT-01.1");
        assertEquals(List.of(again, wrong, fixed, other), all.stream().map(Measurement::id).toList());
        Measurement original = all.get(1);
        assertEquals(Values.of("numeratore", 50, "denominatore", 15), original.values(), "never changed");
        assertEquals(null, original.supersedes());
        assertEquals(wrong, all.get(2).supersedes());
        assertEquals(fixed, all.get(0).supersedes());
        assertEquals(null, all.get(3).supersedes());
        assertEquals(4, stores.measurements().count(KEY));

        List<Measurement> counted = stores.measurements().source(KEY).measurements("ENT-01.1");
        assertEquals(List.of(again, other), counted.stream().map(Measurement::id).toList(),
                "the engine sees only measurements that no later one corrects");

        AuditEntry a = stores.audit().byCode(KEY, "ENT-01.1", 1).get(0);
        assertEquals("rilevazione.corregge", a.action());
        assertEquals("ufficio", a.author());
        assertTrue(a.message().contains("rilevazione " + again) && a.message().contains("rilevazione " + fixed),
                a.message());
        assertTrue(a.before().contains("\"id\":" + fixed), a.before());
        assertTrue(a.after().contains("\"id\":" + again) && a.after().contains("\"corregge\":" + fixed),
                a.after());
    }

    @Test
    void aCorrectionIsRefusedLikeARecordAndForAnotherRecord() {
        stores.plans().save(TestPlans.small(), "ufficio");
        stores.plans().save(TestPlans.small(new Ente("altro-ente", "Altro"), "PIAO-2025"), "ufficio");
        PlanKey otherPlan = new PlanKey("altro-ente", "PIAO-2025");
        long id = stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 3, 31), 5, 15, "dir"));
        long ofOtherPlan = stores.measurements().record(otherPlan,
                ratio("ENT-01.1", LocalDate.of(2025, 3, 31), 5, 15, "dir"));
        long ofOtherIndicator = stores.measurements().record(KEY, new Measurement(0, "ENT-01.2",
                LocalDate.of(2025, 11, 3), Values.of("atto", "Delibera n. 45"), null, null, "dir", null));
        int audit = stores.audit().recent(100).size();

        assertRefused("la rilevazione " + ofOtherPlan + " non è una rilevazione dell'indicatore ENT-01.1",
                () -> stores.measurements().correct(KEY, ofOtherPlan, ratio("ENT-01.1", LocalDate.of(2025, 3, 31),
                        6, 15, "dir")));
        assertRefused("la rilevazione " + ofOtherIndicator + " non è una rilevazione dell'indicatore ENT-01.1",
                () -> stores.measurements().correct(KEY, ofOtherIndicator, ratio("ENT-01.1",
                        LocalDate.of(2025, 3, 31), 6, 15, "dir")));
        assertRefused("non è una rilevazione", () -> stores.measurements().correct(KEY, 999_999,
                ratio("ENT-01.1", LocalDate.of(2025, 3, 31), 6, 15, "dir")));
        assertRefused("la data 2031-01-01 è fuori dagli anni del piano", () -> stores.measurements().correct(KEY,
                id, ratio("ENT-01.1", LocalDate.of(2031, 1, 1), 6, 15, "dir")));
        assertRefused("manca 'denominatore'", () -> stores.measurements().correct(KEY, id,
                new Measurement(0, "ENT-01.1", LocalDate.of(2025, 3, 31), Values.of("numeratore", 3), null, null,
                        "dir", null)));
        assertEquals(audit, stores.audit().recent(100).size(), "a refused correction writes nothing");
        assertEquals(2, stores.measurements().count(KEY));

        stores.measurements().correct(KEY, id, ratio("ENT-01.1", LocalDate.of(2025, 3, 31), 6, 15, "dir"));
        ConflictException twice = assertThrows(ConflictException.class, () -> stores.measurements().correct(KEY,
                id, ratio("ENT-01.1", LocalDate.of(2025, 3, 31), 7, 15, "oiv")));
        assertTrue(twice.getMessage().contains("già stata corretta"), twice.getMessage());
        AuditEntry refused = stores.audit().byCode(KEY, "ENT-01.1", 1).get(0);
        assertEquals(AuditEntry.Outcome.REFUSED, refused.outcome());
        assertEquals("oiv", refused.author());
        assertEquals(3, stores.measurements().count(KEY));

        int version = stores.plans().summary(KEY).orElseThrow().version();
        for (PlanStatus next : List.of(PlanStatus.ADOTTATO, PlanStatus.MONITORAGGIO, PlanStatus.RENDICONTAZIONE,
                PlanStatus.VALIDATO)) {
            version = stores.plans().updateStatus(KEY, next, version, "oiv").version();
        }
        assertRefused("piano validato: rilevazioni bloccate", () -> stores.measurements().correct(KEY,
                ofOtherIndicator, new Measurement(0, "ENT-01.2", LocalDate.of(2025, 11, 4),
                        Values.of("atto", "Delibera n. 46"), null, null, "dir", null)));
        assertEquals(3, stores.measurements().count(KEY));
    }

    @Test
    void twoConcurrentCorrectionsOfOneRecordOneWins() throws Exception {
        stores.plans().save(TestPlans.small(), "ufficio");
        long id = stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 3, 31), 5, 15, "dir"));
        for (int round = 0; round < 3; round++) {
            long target = round == 0 ? id : stores.measurements().source(KEY).measurements("ENT-01.1").get(0).id();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Long>> racing = new java.util.ArrayList<>();
                for (int n = 0; n < 2; n++) {
                    int num = 6 + n;
                    racing.add(pool.submit(() -> {
                        start.await();
                        return stores.measurements().correct(KEY, target,
                                ratio("ENT-01.1", LocalDate.of(2025, 3, 31), num, 15, "dir" + num));
                    }));
                }
                start.countDown();
                int won = 0;
                int conflicts = 0;
                for (Future<Long> f : racing) {
                    try {
                        f.get(30, TimeUnit.SECONDS);
                        won++;
                    } catch (ExecutionException e) {
                        assertTrue(e.getCause() instanceof ConflictException, String.valueOf(e.getCause()));
                        conflicts++;
                    }
                }
                assertEquals(1, won, "exactly one correction wins");
                assertEquals(1, conflicts);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, stores.measurements().source(KEY).measurements("ENT-01.1").size());
        }
        assertEquals(4, stores.measurements().count(KEY));
    }

    @Test
    void theAuditOfACodeIsPerPlan() {
        stores.plans().save(TestPlans.small(), "ufficio");
        PlanKey otherPlan = new PlanKey("altro-ente", "PIAO-2025");
        stores.plans().save(TestPlans.small(new Ente("altro-ente", "Altro"), "PIAO-2025"), "ufficio");
        long mine = stores.measurements().record(KEY, ratio("ENT-01.1", LocalDate.of(2025, 3, 31), 5, 15, "dir"));
        long theirs = stores.measurements().record(otherPlan, ratio("ENT-01.1", LocalDate.of(2025, 3, 31), 5, 15,
                "dir"));
        List<AuditEntry> ours = stores.audit().byCode(KEY, "ENT-01.1", 10);
        assertEquals(1, ours.size());
        assertEquals(KEY, ours.get(0).plan());
        assertTrue(ours.get(0).after().contains("\"id\":" + mine), ours.get(0).after());
        assertEquals(1, stores.audit().byCode(otherPlan, "ENT-01.1", 10).size());
        assertTrue(stores.audit().byCode(otherPlan, "ENT-01.1", 10).get(0).after().contains("\"id\":" + theirs));
        assertEquals(2, stores.audit().byCode("ENT-01.1", 10).size(), "across plans, both");
        assertEquals(1, stores.audit().byCode(KEY, "PIAO-2025", 10).size(), "the plan's own code");
        assertTrue(stores.audit().byCode(new PlanKey("nessuno", "PIAO-2025"), "ENT-01.1", 10).isEmpty());
    }

    private static void assertRefused(String expected, Callable<?> call) {
        ValidationException e = assertThrows(ValidationException.class, call::call);
        assertTrue(e.getMessage().contains(expected), "atteso '" + expected + "' in: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void everyQueryIsParameterised() throws SQLException {
        stores.plans().save(TestPlans.small(), "ufficio");
        String hostile = "ENT-01.1' OR '1'='1";
        assertTrue(stores.plans().indicator(KEY, hostile).isEmpty());
        assertTrue(stores.measurements().list(KEY, hostile).isEmpty());
        assertTrue(stores.audit().byCode(hostile, 5).isEmpty());
        assertRefused("indicatore sconosciuto",
                () -> stores.measurements().record(KEY, ratio(hostile, LocalDate.of(2025, 1, 1), 1, 2, "x'); --")));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM plan_indicator");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertEquals(6, rs.getInt(1));
        }
    }
}
