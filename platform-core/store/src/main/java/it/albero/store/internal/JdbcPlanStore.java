package it.albero.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albero.api.model.Ente;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
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

    private final Database db;
    private final JdbcAuditTrail audit;
    private final PlanStatusChange status;
    /** Summaries read while the change stamp was the same: a request that only needs a plan's version asks no query. */
    private final java.util.Map<PlanKey, Summary> summaries = new java.util.concurrent.ConcurrentHashMap<>();

    private record Summary(long stamp, Optional<PlanSummary> summary) {
    }

    JdbcPlanStore(Database db, JdbcAuditTrail audit) {
        this.db = db;
        this.audit = audit;
        this.status = new PlanStatusChange(db, audit);
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
        long stamp = audit.latestId();
        Summary cached = summaries.get(key);
        if (cached != null && cached.stamp() == stamp) {
            return cached.summary();
        }
        Optional<PlanSummary> read = db.read("lettura del piano " + key, c -> find(c, key)).map(PlanRow::summary);
        if (summaries.size() > 1000) {
            summaries.clear();
        }
        summaries.put(key, new Summary(stamp, read));
        return read;
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

    // ---------------------------------------------------------------- save (validation: PlanValidation; ente:
    // EnteRows; the plan row and its tree: PlanTreeWriter; history: PlanHistory)

    @Override
    public PlanSummary save(Plan plan, String author) {
        PlanValidation.Checked checked = PlanValidation.validate(plan);
        List<String> problems = checked.problems;
        PlanValidation.requireAuthor(author, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        PlanKey key = PlanKey.of(plan);
        try {
            return db.inTransaction("salvataggio del piano " + key, c -> {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                // read before the ente's row is updated: the tree being replaced goes to the history with the
                // ente's name as it was saved
                Optional<PlanRow> existing = find(c, key);
                long enteId = EnteRows.upsert(c, plan.ente(), author, key);
                long planId;
                if (existing.isEmpty()) {
                    planId = PlanTreeWriter.insertPlan(c, enteId, plan, author, now);
                } else {
                    PlanRow old = existing.get();
                    planId = old.id();
                    if (!PlanTreeWriter.bumpVersion(c, old, plan, plan.status(), author, now, true)) {
                        PlanRow actual = find(c, key).orElse(old);
                        throw refused(author, "piano.salva", key, plan.version(), actual,
                                summaryJson(old.summary()), Json.write(Map.of("versione", plan.version(),
                                        "titolo", plan.title(), "stato", plan.status().label(),
                                        "indicatori", plan.indicators().size())));
                    }
                    if (!PlanHistory.hasVersions(c, planId)) {
                        // stored before the history existed (schema < 4): keep the tree being replaced
                        Plan replaced = PlanTreeReader.tree(c, old);
                        PlanHistory.snapshot(c, planId, replaced, old.summary().savedAt(),
                                old.savedBy() == null ? PlanHistory.UNKNOWN_AUTHOR : old.savedBy());
                    } else {
                        PlanHistory.keepReplaced(c, old);
                    }
                    PlanTreeWriter.deleteTree(c, planId);
                }
                PlanTreeWriter.insertTree(c, db.dialect(), planId, plan, checked);
                PlanSummary saved = find(c, key).orElseThrow().summary();
                PlanHistory.record(c, planId, new Plan(plan.code(), plan.ente(), plan.title() == null ? "" : plan.title(),
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

    // ---------------------------------------------------------------- conflicts (save and status)

    static Refused refused(String author, String action, PlanKey key, int expected, PlanRow actual,
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

    // ---------------------------------------------------------------- history (PlanHistory)

    @Override
    public List<PlanVersion> versions(PlanKey key) {
        return db.read("lettura delle versioni del piano " + key, c -> PlanHistory.versions(c, key));
    }

    @Override
    public Optional<Plan> load(PlanKey key, int version) {
        return db.read("caricamento della versione " + version + " del piano " + key,
                c -> PlanHistory.load(c, key, version));
    }

    // ---------------------------------------------------------------- status (PlanStatusChange)

    @Override
    public PlanSummary updateStatus(PlanKey key, PlanStatus newStatus, int expectedVersion, String author) {
        return status.updateStatus(key, newStatus, expectedVersion, author);
    }

    // ---------------------------------------------------------------- tree read (PlanTreeReader)

    @Override
    public Optional<Plan> load(PlanKey key) {
        return db.read("caricamento del piano " + key, c -> {
            Optional<PlanRow> found = find(c, key);
            return found.isEmpty() ? Optional.empty() : Optional.of(PlanTreeReader.tree(c, found.get()));
        });
    }

    @Override
    public Optional<IndicatorRef> indicator(PlanKey key, String indicatorCode) {
        return db.read("ricerca dell'indicatore " + indicatorCode, c -> PlanTreeReader.find(c, key, indicatorCode));
    }
}
