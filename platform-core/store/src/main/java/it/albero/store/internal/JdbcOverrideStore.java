package it.albero.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albero.api.model.PlanStatus;
import it.albero.api.model.ScoreOverride;
import it.albero.api.spi.Texts;
import it.albero.api.store.AuditEntry;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.ValidationException;

/**
 * Score overrides on table {@code score_override}: only those in force, one per node of a plan; the history is
 * the audit trail ({@code rettifica.imposta}, {@code rettifica.annulla}, with the state before and after).
 */
final class JdbcOverrideStore implements OverrideStore {

    /** Why a validated plan refuses overrides. */
    static final String LOCKED = "piano validato: rettifiche bloccate";

    private final Database db;

    JdbcOverrideStore(Database db) {
        this.db = db;
    }

    @Override
    public ScoreOverride set(PlanKey plan, String node, double score, String note, String author) {
        String nodeCode = node == null ? null : node.strip();
        String where = "rettifica di " + nodeCode;
        List<String> problems = new ArrayList<>();
        if (Double.isNaN(score) || score < 0 || score > 1) {
            problems.add(where + ": punteggio " + Texts.percent(Double.isNaN(score) ? 0 : score)
                    + " fuori dall'intervallo 0-100%");
        }
        checkInputs(problems, where, nodeCode, note, author);
        return db.inTransaction("registrazione della " + where, c -> {
            long planId = openPlan(c, plan, nodeCode, where, problems);
            Optional<ScoreOverride> before = current(c, planId, nodeCode);
            ScoreOverride after = new ScoreOverride(nodeCode, score, note, author,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            String sql = before.isPresent()
                    ? "UPDATE score_override SET score = ?, note = ?, author = ?, set_at = ?"
                    + " WHERE plan_id = ? AND node_code = ?"
                    : "INSERT INTO score_override (score, note, author, set_at, plan_id, node_code)"
                    + " VALUES (?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setDouble(1, after.score());
                ps.setString(2, after.note());
                ps.setString(3, after.author());
                ps.setTimestamp(4, Timestamp.from(after.at()));
                ps.setLong(5, planId);
                ps.setString(6, after.code());
                ps.executeUpdate();
            }
            JdbcAuditTrail.append(c, AuditEntry.of(after.author(), "rettifica.imposta", "rettifica", plan,
                    after.code(), before.map(JdbcOverrideStore::json).orElse(null), json(after),
                    AuditEntry.Outcome.ACCEPTED, "valore di " + after.code() + " rettificato a "
                            + Texts.percent(after.score()) + before.map(b -> " (era " + Texts.percent(b.score())
                            + ")").orElse("") + ": " + after.note()));
            return after;
        });
    }

    @Override
    public void clear(PlanKey plan, String node, String note, String author) {
        String nodeCode = node == null ? null : node.strip();
        String where = "annullamento della rettifica di " + nodeCode;
        List<String> problems = new ArrayList<>();
        checkInputs(problems, where, nodeCode, note, author);
        db.inTransaction(where, c -> {
            long planId = openPlan(c, plan, nodeCode, where, problems);
            Optional<ScoreOverride> before = current(c, planId, nodeCode);
            if (before.isEmpty()) {
                throw new ValidationException(where + ": nessuna rettifica in vigore su '" + nodeCode
                        + "' nel piano " + plan);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM score_override"
                    + " WHERE plan_id = ? AND node_code = ?")) {
                ps.setLong(1, planId);
                ps.setString(2, nodeCode);
                ps.executeUpdate();
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("rettifica", null);
            after.put("nota", note.strip());
            JdbcAuditTrail.append(c, AuditEntry.of(author.strip(), "rettifica.annulla", "rettifica", plan, nodeCode,
                    json(before.get()), Json.write(after), AuditEntry.Outcome.ACCEPTED, "rettifica di " + nodeCode
                            + " annullata (era " + Texts.percent(before.get().score()) + "): " + note.strip()));
            return null;
        });
    }

    @Override
    public Map<String, ScoreOverride> active(PlanKey plan) {
        return db.read("lettura delle rettifiche del piano " + plan, c -> {
            Map<String, ScoreOverride> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.node_code, s.score, s.note, s.author, s.set_at"
                    + " FROM score_override s JOIN plan p ON p.id = s.plan_id JOIN ente e ON e.id = p.ente_id"
                    + " WHERE e.code = ? AND p.code = ? ORDER BY s.node_code")) {
                ps.setString(1, plan.enteCode());
                ps.setString(2, plan.planCode());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ScoreOverride o = override(rs);
                        out.put(o.code(), o);
                    }
                }
            }
            return Collections.unmodifiableMap(out);
        });
    }

    /** The input checks that need no database: node code, note (mandatory) and author. */
    private static void checkInputs(List<String> problems, String where, String nodeCode, String note,
                                    String author) {
        if (nodeCode == null || nodeCode.isBlank()) {
            problems.add(where + ": codice del nodo mancante");
        }
        if (note == null || note.isBlank()) {
            problems.add(where + ": la nota è obbligatoria (il motivo della rettifica)");
        } else {
            Limits.check(problems, where, "nota", note.strip(), Limits.NOTE);
        }
        if (author == null || author.isBlank()) {
            problems.add(where + ": autore mancante");
        } else {
            Limits.check(problems, where, "autore", author.strip(), Limits.AUTHOR);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /**
     * The id of a plan that still accepts overrides and holds the node, with the plan row locked for the rest of
     * the transaction (a validation waits for this change; overrides of one plan are serialised).
     */
    private static long openPlan(Connection c, PlanKey plan, String nodeCode, String where, List<String> problems)
            throws SQLException {
        Optional<JdbcPlanStore.PlanRow> row = JdbcPlanStore.find(c, plan);
        if (row.isEmpty()) {
            problems.add(where + ": piano sconosciuto " + plan);
            throw new ValidationException(problems);
        }
        long planId = row.get().id();
        if (row.get().summary().status() == PlanStatus.VALIDATO || !lockOpenPlan(c, planId)) {
            problems.add(where + ": " + LOCKED + " (" + plan + ")");
            throw new ValidationException(problems);
        }
        if (!nodeExists(c, planId, nodeCode)) {
            problems.add(where + ": nodo sconosciuto '" + nodeCode + "' nel piano " + plan
                    + " (serve il codice di un'unità, di un obiettivo o di un indicatore)");
            throw new ValidationException(problems);
        }
        return planId;
    }

    /** Locks the plan row unless the plan is validated; no column changes. */
    private static boolean lockOpenPlan(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE plan SET version = version WHERE id = ?"
                + " AND status <> ?")) {
            ps.setLong(1, planId);
            ps.setString(2, PlanStatus.VALIDATO.name());
            return ps.executeUpdate() == 1;
        }
    }

    private static boolean nodeExists(Connection c, long planId, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM org_unit WHERE plan_id = ? AND code = ?"
                + " UNION ALL SELECT code FROM objective WHERE plan_id = ? AND code = ?"
                + " UNION ALL SELECT code FROM plan_indicator WHERE plan_id = ? AND code = ?")) {
            for (int i = 0; i < 3; i++) {
                ps.setLong(2 * i + 1, planId);
                ps.setString(2 * i + 2, code);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Optional<ScoreOverride> current(Connection c, long planId, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT node_code, score, note, author, set_at"
                + " FROM score_override WHERE plan_id = ? AND node_code = ?")) {
            ps.setLong(1, planId);
            ps.setString(2, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(override(rs)) : Optional.empty();
            }
        }
    }

    private static ScoreOverride override(ResultSet rs) throws SQLException {
        return new ScoreOverride(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }

    /** An override as the audit trail keeps it. */
    static String json(ScoreOverride o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodo", o.code());
        m.put("punteggio", o.score());
        m.put("nota", o.note());
        m.put("autore", o.author());
        m.put("data", o.at().toString());
        return Json.write(m);
    }
}
