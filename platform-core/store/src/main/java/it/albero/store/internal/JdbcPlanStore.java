package it.albero.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.UnitKind;
import it.albero.api.store.AuditEntry;
import it.albero.api.store.ConflictException;
import it.albero.api.store.IndicatorRef;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.PlanVersion;
import it.albero.api.store.ValidationException;

/**
 * Enti and plans on tables {@code ente}, {@code plan}, {@code org_unit}, {@code objective}, {@code plan_indicator};
 * the history of every saved version in {@code plan_version} and {@code plan_version_chunk}.
 */
final class JdbcPlanStore implements PlanStore {

    static final String SUMMARY_SQL = "SELECT p.id, e.code, e.name, p.code, p.title, p.start_year, p.end_year,"
            + " p.reference_year, p.status, p.version, p.saved_at, p.saved_by,"
            + " (SELECT COUNT(*) FROM plan_indicator i WHERE i.plan_id = p.id)"
            + " FROM plan p JOIN ente e ON e.id = p.ente_id";

    /** A plan row: its id and summary, and who saved its current version. */
    record PlanRow(long id, PlanSummary summary, String savedBy) {
    }

    /** Carries a conflict out of a rolled-back transaction, with the audit entry to write after it. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient AuditEntry audit;
        final ConflictException conflict;

        Refused(AuditEntry audit, ConflictException conflict) {
            super(conflict.getMessage(), null, false, false);
            this.audit = audit;
            this.conflict = conflict;
        }
    }

    private final Database db;
    private final JdbcAuditTrail audit;

    JdbcPlanStore(Database db, JdbcAuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    @Override
    public List<Ente> enti() {
        return db.read("lettura degli enti", c -> {
            List<Ente> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, name FROM ente ORDER BY code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Ente(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    @Override
    public List<PlanSummary> plans() {
        return db.read("lettura dei piani", c -> {
            List<PlanSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SUMMARY_SQL + " ORDER BY e.code, p.code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs).summary());
                }
            }
            return out;
        });
    }

    @Override
    public Optional<PlanSummary> summary(PlanKey key) {
        return db.read("lettura del piano " + key, c -> find(c, key)).map(PlanRow::summary);
    }

    @Override
    public Optional<PlanSummary> current() {
        return db.read("lettura del piano corrente", c -> first(c, SUMMARY_SQL
                + " ORDER BY p.reference_year DESC, p.id DESC", null));
    }

    @Override
    public Optional<PlanSummary> current(String enteCode) {
        return db.read("lettura del piano corrente di " + enteCode, c -> first(c, SUMMARY_SQL
                + " WHERE e.code = ? ORDER BY p.reference_year DESC, p.id DESC", enteCode));
    }

    private static Optional<PlanSummary> first(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs).summary()) : Optional.empty();
            }
        }
    }

    /** The plan row for a key, within the caller's connection. */
    static Optional<PlanRow> find(Connection c, PlanKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SUMMARY_SQL + " WHERE e.code = ? AND p.code = ?")) {
            ps.setString(1, key.enteCode());
            ps.setString(2, key.planCode());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static PlanRow row(ResultSet rs) throws SQLException {
        PlanSummary s = new PlanSummary(new Ente(rs.getString(2), rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8), PlanStatus.valueOf(rs.getString(9)), rs.getInt(10),
                rs.getInt(13), rs.getTimestamp(11).toInstant());
        return new PlanRow(rs.getLong(1), s, rs.getString(12));
    }

    // ---------------------------------------------------------------- save

    @Override
    public PlanSummary save(Plan plan, String author) {
        List<String> problems = validate(plan);
        requireAuthor(author, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        PlanKey key = PlanKey.of(plan);
        try {
            return db.inTransaction("salvataggio del piano " + key, c -> {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                long enteId = ente(c, plan.ente(), author, key);
                Optional<PlanRow> existing = find(c, key);
                long planId;
                if (existing.isEmpty()) {
                    planId = insertPlan(c, enteId, plan, author, now);
                } else {
                    PlanRow old = existing.get();
                    planId = old.id();
                    if (!bumpVersion(c, old, plan, plan.status(), author, now, true)) {
                        PlanRow actual = find(c, key).orElse(old);
                        throw refused(author, "piano.salva", key, plan.version(), actual,
                                summaryJson(old.summary()), Json.write(Map.of("versione", plan.version(),
                                        "titolo", plan.title(), "stato", plan.status().label(),
                                        "indicatori", plan.indicators().size())));
                    }
                    if (!hasVersions(c, planId)) {
                        // stored before the history existed (schema < 4): keep the tree being replaced
                        Plan replaced = tree(c, old);
                        snapshot(c, planId, replaced, old.summary().savedAt(),
                                old.savedBy() == null ? UNKNOWN_AUTHOR : old.savedBy());
                    }
                    deleteTree(c, planId);
                }
                insertTree(c, planId, plan);
                PlanSummary saved = find(c, key).orElseThrow().summary();
                snapshot(c, planId, new Plan(plan.code(), plan.ente(), plan.title() == null ? "" : plan.title(),
                        plan.startYear(), plan.endYear(), plan.referenceYear(), plan.status(), saved.version(),
                        plan.units()), saved.savedAt(), author);
                JdbcAuditTrail.append(c, AuditEntry.of(author, "piano.salva", "piano", key, plan.code(),
                        existing.map(r -> summaryJson(r.summary())).orElse(null), summaryJson(saved),
                        AuditEntry.Outcome.ACCEPTED, existing.isEmpty() ? "piano creato"
                                : "piano sostituito (versione " + existing.get().summary().version() + " -> "
                                + saved.version() + ")"));
                return saved;
            });
        } catch (Refused r) {
            audit.append(r.audit);
            throw r.conflict;
        }
    }

    private static void requireAuthor(String author, List<String> problems) {
        if (author == null || author.isBlank()) {
            problems.add("autore mancante: ogni modifica deve avere un autore");
        } else {
            Limits.check(problems, "autore", "autore", author, Limits.AUTHOR);
        }
    }

    /** Store-level checks: codes unique within the plan and texts that fit their columns. */
    static List<String> validate(Plan plan) {
        List<String> problems = new ArrayList<>();
        String where = "piano " + plan.ente().code() + "/" + plan.code();
        Limits.check(problems, where, "codice ente", plan.ente().code(), Limits.CODE);
        Limits.check(problems, where, "nome ente", plan.ente().name(), Limits.NAME);
        Limits.check(problems, where, "codice", plan.code(), Limits.CODE);
        Limits.check(problems, where, "titolo", plan.title(), Limits.NAME);
        Set<String> units = new HashSet<>();
        Set<String> objectives = new HashSet<>();
        Set<String> indicators = new HashSet<>();
        for (OrgUnit u : plan.units()) {
            String uw = where + ", unità " + u.code();
            if (!units.add(u.code())) {
                problems.add(uw + ": codice di unità ripetuto");
            }
            Limits.check(problems, uw, "codice", u.code(), Limits.CODE);
            Limits.check(problems, uw, "nome", u.name(), Limits.NAME);
            Limits.check(problems, uw, "modulo", u.moduleId(), Limits.CODE);
            Limits.check(problems, uw, "revisione", u.review(), Limits.REVIEW);
            u.objectives().forEach(o -> o.forEachObjective(ob -> {
                String ow = where + ", obiettivo " + ob.code();
                if (!objectives.add(ob.code())) {
                    problems.add(ow + ": codice di obiettivo ripetuto nel piano");
                }
                Limits.check(problems, ow, "codice", ob.code(), Limits.CODE);
                Limits.check(problems, ow, "titolo", ob.title(), Limits.LONG_TEXT);
                Limits.check(problems, ow, "tag", Json.write(ob.tags()), Limits.TAGS);
                Limits.check(problems, ow, "revisione", ob.review(), Limits.REVIEW);
                for (Indicator i : ob.indicators()) {
                    String iw = where + ", indicatore " + i.code();
                    if (!indicators.add(i.code())) {
                        problems.add(iw + ": codice di indicatore ripetuto nel piano");
                    }
                    Limits.check(problems, iw, "codice", i.code(), Limits.CODE);
                    Limits.check(problems, iw, "strumento", i.instrument(), Limits.LONG_TEXT);
                    Limits.check(problems, iw, "risultato_atteso", i.expectedResult(), Limits.LONG_TEXT);
                    Limits.check(problems, iw, "tempi", TimingCodec.write(i.timing()), Limits.TIMING);
                    Limits.check(problems, iw, "tipo", i.typeId(), Limits.CODE);
                    Limits.check(problems, iw, "parametri", Json.write(i.parameters()), Limits.LONG_TEXT);
                    Limits.check(problems, iw, "revisione", i.review(), Limits.REVIEW);
                }
            }));
        }
        return problems;
    }

    private long ente(Connection c, Ente ente, String author, PlanKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM ente WHERE code = ?")) {
            ps.setString(1, ente.code());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    String oldName = rs.getString(2);
                    if (!oldName.equals(ente.name())) {
                        try (PreparedStatement up = c.prepareStatement("UPDATE ente SET name = ? WHERE id = ?")) {
                            up.setString(1, ente.name());
                            up.setLong(2, id);
                            up.executeUpdate();
                        }
                        JdbcAuditTrail.append(c, AuditEntry.of(author, "ente.rinomina", "ente", key, ente.code(),
                                Json.write(Map.of("nome", oldName)), Json.write(Map.of("nome", ente.name())),
                                AuditEntry.Outcome.ACCEPTED, ""));
                    }
                    return id;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ente (code, name) VALUES (?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, ente.code());
            ps.setString(2, ente.name());
            ps.executeUpdate();
            long id = Jdbc.generatedId(ps);
            JdbcAuditTrail.append(c, AuditEntry.of(author, "ente.crea", "ente", key, ente.code(), null,
                    Json.write(Map.of("codice", ente.code(), "nome", ente.name())), AuditEntry.Outcome.ACCEPTED, ""));
            return id;
        }
    }

    private static long insertPlan(Connection c, long enteId, Plan plan, String author, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan (ente_id, code, title, start_year, end_year,"
                + " reference_year, status, version, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, enteId);
            ps.setString(2, plan.code());
            ps.setString(3, plan.title() == null ? "" : plan.title());
            ps.setInt(4, plan.startYear());
            ps.setInt(5, plan.endYear());
            ps.setInt(6, plan.referenceYear());
            ps.setString(7, plan.status().name());
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setString(9, author);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /**
     * The optimistic update: raises the version only if it is still the expected one.
     *
     * @param withTree also replace the plan's own fields from {@code plan}
     * @return false when the stored version is not the expected one (nothing changed)
     */
    private static boolean bumpVersion(Connection c, PlanRow row, Plan plan, PlanStatus status, String author,
                                       Instant now, boolean withTree) throws SQLException {
        String sql = withTree
                ? "UPDATE plan SET title = ?, start_year = ?, end_year = ?, reference_year = ?, status = ?,"
                + " version = version + 1, saved_at = ?, saved_by = ? WHERE id = ? AND version = ?"
                : "UPDATE plan SET status = ?, version = version + 1, saved_at = ?, saved_by = ?"
                + " WHERE id = ? AND version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (withTree) {
                ps.setString(i++, plan.title() == null ? "" : plan.title());
                ps.setInt(i++, plan.startYear());
                ps.setInt(i++, plan.endYear());
                ps.setInt(i++, plan.referenceYear());
            }
            ps.setString(i++, status.name());
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setString(i++, author);
            ps.setLong(i++, row.id());
            ps.setInt(i, withTree ? plan.version() : row.summary().version());
            return ps.executeUpdate() == 1;
        }
    }

    private static void deleteTree(Connection c, long planId) throws SQLException {
        for (String table : new String[] {"plan_indicator", "objective", "org_unit"}) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE plan_id = ?")) {
                ps.setLong(1, planId);
                ps.executeUpdate();
            }
        }
    }

    private static void insertTree(Connection c, long planId, Plan plan) throws SQLException {
        try (PreparedStatement units = c.prepareStatement("INSERT INTO org_unit (plan_id, sort_order, code, name,"
                + " kind, module_id, review) VALUES (?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS);
             PreparedStatement objectives = c.prepareStatement("INSERT INTO objective (plan_id, unit_id, parent_id,"
                     + " sort_order, code, title, weight, tags, review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     PreparedStatement.RETURN_GENERATED_KEYS);
             PreparedStatement indicators = c.prepareStatement("INSERT INTO plan_indicator (plan_id, objective_id,"
                     + " sort_order, code, instrument, expected_result, timing, type_id, parameters, weight, review)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int[] order = {0};
            int unitOrder = 0;
            for (OrgUnit u : plan.units()) {
                units.setLong(1, planId);
                units.setInt(2, unitOrder++);
                units.setString(3, u.code());
                units.setString(4, u.name());
                units.setString(5, u.kind().name());
                units.setString(6, u.moduleId());
                units.setString(7, u.review());
                units.executeUpdate();
                long unitId = Jdbc.generatedId(units);
                for (Objective o : u.objectives()) {
                    insertObjective(objectives, indicators, planId, unitId, null, o, order);
                }
            }
            indicators.executeBatch();
        }
    }

    private static void insertObjective(PreparedStatement objectives, PreparedStatement indicators, long planId,
                                        long unitId, Long parentId, Objective o, int[] order) throws SQLException {
        objectives.setLong(1, planId);
        objectives.setLong(2, unitId);
        if (parentId == null) {
            objectives.setNull(3, java.sql.Types.BIGINT);
        } else {
            objectives.setLong(3, parentId);
        }
        objectives.setInt(4, order[0]++);
        objectives.setString(5, o.code());
        objectives.setString(6, o.title());
        Jdbc.setDouble(objectives, 7, o.weight());
        objectives.setString(8, Json.write(o.tags()));
        objectives.setString(9, o.review());
        objectives.executeUpdate();
        long id = Jdbc.generatedId(objectives);
        for (Indicator i : o.indicators()) {
            indicators.setLong(1, planId);
            indicators.setLong(2, id);
            indicators.setInt(3, order[0]++);
            indicators.setString(4, i.code());
            indicators.setString(5, i.instrument());
            indicators.setString(6, i.expectedResult());
            indicators.setString(7, TimingCodec.write(i.timing()));
            indicators.setString(8, i.typeId());
            indicators.setString(9, Json.write(i.parameters()));
            Jdbc.setDouble(indicators, 10, i.weight());
            indicators.setString(11, i.review());
            indicators.addBatch();
        }
        for (Objective phase : o.phases()) {
            insertObjective(objectives, indicators, planId, unitId, id, phase, order);
        }
    }

    // ---------------------------------------------------------------- history

    /** Characters per row of {@code plan_version_chunk.content}. */
    static final int CHUNK = 32000;

    /** Author of a version stored before plans had an author (schema 1). */
    static final String UNKNOWN_AUTHOR = "(sconosciuto)";

    private static final String VERSION_SQL = "SELECT v.id, v.version, v.status, v.title, v.saved_at, v.author,"
            + " v.indicators FROM plan_version v JOIN plan p ON p.id = v.plan_id JOIN ente e ON e.id = p.ente_id"
            + " WHERE e.code = ? AND p.code = ?";

    private static boolean hasVersions(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM plan_version WHERE plan_id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Writes the whole tree of one version of a plan to its history, as JSON in ordered chunks. */
    private static void snapshot(Connection c, long planId, Plan plan, Instant savedAt, String author)
            throws SQLException {
        long versionId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_version (plan_id, version, status, title,"
                + " saved_at, author, indicators) VALUES (?, ?, ?, ?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, planId);
            ps.setInt(2, plan.version());
            ps.setString(3, plan.status().name());
            ps.setString(4, plan.title() == null ? "" : plan.title());
            ps.setTimestamp(5, Timestamp.from(savedAt));
            ps.setString(6, author);
            ps.setInt(7, plan.indicators().size());
            ps.executeUpdate();
            versionId = Jdbc.generatedId(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_version_chunk (plan_version_id, seq,"
                + " content) VALUES (?, ?, ?)")) {
            int seq = 0;
            for (String chunk : chunks(PlanJson.write(plan), CHUNK)) {
                ps.setLong(1, versionId);
                ps.setInt(2, seq++);
                ps.setString(3, chunk);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Splits a text in pieces of at most {@code size} chars, never between the two halves of a surrogate pair. */
    static List<String> chunks(String text, int size) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + size);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            out.add(text.substring(start, end));
            start = end;
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    @Override
    public List<PlanVersion> versions(PlanKey key) {
        return db.read("lettura delle versioni del piano " + key, c -> {
            List<PlanVersion> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(VERSION_SQL + " ORDER BY v.version")) {
                ps.setString(1, key.enteCode());
                ps.setString(2, key.planCode());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PlanVersion(rs.getInt(2), PlanStatus.valueOf(rs.getString(3)), rs.getString(4),
                                rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getInt(7)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Plan> load(PlanKey key, int version) {
        return db.read("caricamento della versione " + version + " del piano " + key, c -> {
            long versionId;
            try (PreparedStatement ps = c.prepareStatement(VERSION_SQL + " AND v.version = ?")) {
                ps.setString(1, key.enteCode());
                ps.setString(2, key.planCode());
                ps.setInt(3, version);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    versionId = rs.getLong(1);
                }
            }
            StringBuilder json = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM plan_version_chunk"
                    + " WHERE plan_version_id = ? ORDER BY seq")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        json.append(rs.getString(1));
                    }
                }
            }
            return Optional.of(PlanJson.read(json.toString()));
        });
    }

    // ---------------------------------------------------------------- status

    @Override
    public PlanSummary updateStatus(PlanKey key, PlanStatus status, int expectedVersion, String author) {
        List<String> problems = new ArrayList<>();
        requireAuthor(author, problems);
        if (status == null) {
            problems.add("piano " + key + ": stato mancante");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try {
            return db.inTransaction("cambio di stato del piano " + key, c -> {
                PlanRow row = find(c, key).orElseThrow(() -> new ValidationException("piano sconosciuto: " + key));
                String before = Json.write(Map.of("stato", row.summary().status().label(),
                        "versione", row.summary().version()));
                String attempted = Json.write(Map.of("stato", status.label(), "versione", expectedVersion));
                PlanRow based = new PlanRow(row.id(), withVersion(row.summary(), expectedVersion), row.savedBy());
                if (!bumpVersion(c, based, null, status, author, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                        false)) {
                    throw refused(author, "piano.stato", key, expectedVersion, find(c, key).orElse(row), before,
                            attempted);
                }
                PlanSummary saved = find(c, key).orElseThrow().summary();
                JdbcAuditTrail.append(c, AuditEntry.of(author, "piano.stato", "piano", key, key.planCode(), before,
                        Json.write(Map.of("stato", saved.status().label(), "versione", saved.version())),
                        AuditEntry.Outcome.ACCEPTED, "stato " + row.summary().status().label() + " -> "
                                + saved.status().label()));
                return saved;
            });
        } catch (Refused r) {
            audit.append(r.audit);
            throw r.conflict;
        }
    }

    private static PlanSummary withVersion(PlanSummary s, int version) {
        return new PlanSummary(s.ente(), s.code(), s.title(), s.startYear(), s.endYear(), s.referenceYear(),
                s.status(), version, s.indicators(), s.savedAt());
    }

    private static Refused refused(String author, String action, PlanKey key, int expected, PlanRow actual,
                                   String before, String attempted) {
        int stored = actual.summary().version();
        String message = "Conflitto sul piano " + key + ": la modifica di '" + author + "' si basa sulla versione "
                + expected + ", ma la versione salvata è " + stored
                + (actual.savedBy() == null ? "" : " (salvata da '" + actual.savedBy() + "')")
                + ". Nessuna modifica applicata: ricaricare il piano e riprovare.";
        AuditEntry entry = AuditEntry.of(author, action, "piano", key, key.planCode(), before, attempted,
                AuditEntry.Outcome.REFUSED, message);
        return new Refused(entry, new ConflictException(message, expected, stored));
    }

    static String summaryJson(PlanSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ente", s.ente().code());
        m.put("codice", s.code());
        m.put("titolo", s.title());
        m.put("anni", s.startYear() + "-" + s.endYear());
        m.put("anno_riferimento", s.referenceYear());
        m.put("stato", s.status().label());
        m.put("versione", s.version());
        m.put("indicatori", s.indicators());
        return Json.write(m);
    }

    // ---------------------------------------------------------------- load

    @Override
    public Optional<Plan> load(PlanKey key) {
        return db.read("caricamento del piano " + key, c -> {
            Optional<PlanRow> found = find(c, key);
            return found.isEmpty() ? Optional.empty() : Optional.of(tree(c, found.get()));
        });
    }

    /** The plan's current tree from its tables, within the caller's connection. */
    private static Plan tree(Connection c, PlanRow row) throws SQLException {
        Map<Long, List<Indicator>> indicatorsByObjective = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT objective_id, code, instrument, expected_result,"
                + " timing, type_id, parameters, weight, review FROM plan_indicator WHERE plan_id = ?"
                + " ORDER BY sort_order")) {
            ps.setLong(1, row.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    indicatorsByObjective.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(indicator(rs, 2));
                }
            }
        }
        record ObjectiveRow(long id, long unitId, Long parentId, String code, String title, Double weight,
                            Map<String, String> tags, String review) {
        }
        Map<Long, List<ObjectiveRow>> childrenOf = new HashMap<>();
        Map<Long, List<ObjectiveRow>> topOfUnit = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, unit_id, parent_id, code, title, weight, tags,"
                + " review FROM objective WHERE plan_id = ? ORDER BY sort_order")) {
            ps.setLong(1, row.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long parent = rs.getLong(3);
                    Long parentId = rs.wasNull() ? null : parent;
                    ObjectiveRow o = new ObjectiveRow(rs.getLong(1), rs.getLong(2), parentId, rs.getString(4),
                            rs.getString(5), Jdbc.getDouble(rs, 6), tags(rs.getString(7)), rs.getString(8));
                    (parentId == null ? topOfUnit.computeIfAbsent(o.unitId(), k -> new ArrayList<>())
                            : childrenOf.computeIfAbsent(parentId, k -> new ArrayList<>())).add(o);
                }
            }
        }
        java.util.function.Function<ObjectiveRow, Objective>[] build = new java.util.function.Function[1];
        build[0] = o -> new Objective(o.code(), o.title(), o.weight(), o.tags(),
                childrenOf.getOrDefault(o.id(), List.of()).stream().map(build[0]).toList(),
                indicatorsByObjective.getOrDefault(o.id(), List.of()), o.review());
        List<OrgUnit> units = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, name, kind, module_id, review"
                + " FROM org_unit WHERE plan_id = ? ORDER BY sort_order")) {
            ps.setLong(1, row.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(new OrgUnit(rs.getString(2), rs.getString(3), UnitKind.valueOf(rs.getString(4)),
                            rs.getString(5), topOfUnit.getOrDefault(rs.getLong(1), List.of()).stream()
                            .map(build[0]).toList(), rs.getString(6)));
                }
            }
        }
        PlanSummary s = row.summary();
        return new Plan(s.code(), s.ente(), s.title(), s.startYear(), s.endYear(), s.referenceYear(),
                s.status(), s.version(), units);
    }

    private static Map<String, String> tags(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json != null && !json.isBlank()) {
            Json.tree(json).fields().forEachRemaining(e -> out.put(e.getKey(), Json.text(e.getValue())));
        }
        return out;
    }

    /** Reads an indicator from columns code, instrument, expected_result, timing, type_id, parameters, weight, review. */
    static Indicator indicator(ResultSet rs, int first) throws SQLException {
        return new Indicator(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                TimingCodec.read(rs.getString(first + 3)), rs.getString(first + 4),
                Json.readValues(rs.getString(first + 5)), Jdbc.getDouble(rs, first + 6), rs.getString(first + 7));
    }

    @Override
    public Optional<IndicatorRef> indicator(PlanKey key, String indicatorCode) {
        return db.read("ricerca dell'indicatore " + indicatorCode, c -> find(c, key, indicatorCode));
    }

    /** Finds an indicator within the caller's connection. */
    static Optional<IndicatorRef> find(Connection c, PlanKey key, String indicatorCode) throws SQLException {
        Optional<PlanRow> plan = find(c, key);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT u.code, o.code, i.code, i.instrument,"
                + " i.expected_result, i.timing, i.type_id, i.parameters, i.weight, i.review FROM plan_indicator i"
                + " JOIN objective o ON o.id = i.objective_id JOIN org_unit u ON u.id = o.unit_id"
                + " WHERE i.plan_id = ? AND i.code = ?")) {
            ps.setLong(1, plan.get().id());
            ps.setString(2, indicatorCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IndicatorRef(plan.get().summary(), rs.getString(1), rs.getString(2),
                        indicator(rs, 3)));
            }
        }
    }
}
