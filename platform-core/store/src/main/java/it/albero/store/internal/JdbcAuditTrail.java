package it.albero.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import it.albero.api.store.AuditEntry;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.PlanKey;

/** The audit trail on table {@code audit_entry}: inserts only, never updates or deletes. */
final class JdbcAuditTrail implements AuditTrail {

    private static final String COLUMNS = "id, happened_at, author, action, entity, ente_code, plan_code, code,"
            + " before_state, after_state, outcome, message";

    private final Database db;

    private final ChangeStamp stamp;

    /**
     * Embedded Derby is one JVM's database: only this node writes it, and its own commits are seen at once, so the
     * stamp is read again at most once a second. On a server database other nodes may write it too: the stamp is
     * read on every use (one indexed MAX query), so that a write through one node is seen by the next read on any.
     */
    JdbcAuditTrail(Database db) {
        this.stamp = new ChangeStamp(db, java.time.Clock.systemUTC(),
                db.dialect() == Dialect.DERBY ? 1000 : 0);
        this.db = db;
    }

    @Override
    public long append(AuditEntry entry) {
        return db.inTransaction("scrittura nel registro delle modifiche", c -> append(c, entry));
    }

    /** Appends within the caller's transaction. */
    static long append(Connection c, AuditEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (happened_at, author, action, entity,"
                + " ente_code, plan_code, code, before_state, after_state, outcome, message)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            Instant at = e.at() == null ? Instant.now().truncatedTo(ChronoUnit.MILLIS) : e.at();
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, Limits.cut(e.author(), 200));
            ps.setString(3, Limits.cut(e.action(), 100));
            ps.setString(4, Limits.cut(e.entity(), 50));
            ps.setString(5, e.plan() == null ? null : e.plan().enteCode());
            ps.setString(6, e.plan() == null ? null : e.plan().planCode());
            ps.setString(7, Limits.cut(e.code(), 200));
            ps.setString(8, Limits.cut(e.before(), Limits.LONG_TEXT));
            ps.setString(9, Limits.cut(e.after(), Limits.LONG_TEXT));
            ps.setString(10, e.outcome().name());
            ps.setString(11, Limits.cut(e.message(), 4000));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    @Override
    public long latestId() {
        return stamp.current();
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM audit_entry ORDER BY id DESC", limit);
    }

    /** The entries of one plan (rows carry the plan as {@code ente_code} and {@code plan_code}) about a code. */
    @Override
    public List<AuditEntry> byCode(PlanKey plan, String code, int limit) {
        return query("SELECT " + COLUMNS + " FROM audit_entry WHERE ente_code = ? AND plan_code = ? AND code = ?"
                + " ORDER BY id DESC", limit, plan.enteCode(), plan.planCode(), code);
    }

    @Override
    public List<AuditEntry> byCode(String code, int limit) {
        return query("SELECT " + COLUMNS + " FROM audit_entry WHERE code = ? ORDER BY id DESC", limit, code);
    }

    private List<AuditEntry> query(String sql, int limit, String... params) {
        return db.read("lettura del registro delle modifiche", c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
                ps.setMaxRows(Math.max(1, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String ente = rs.getString(6);
                        String plan = rs.getString(7);
                        out.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5),
                                ente == null || plan == null ? null : new PlanKey(ente, plan), rs.getString(8),
                                rs.getString(9), rs.getString(10), AuditEntry.Outcome.valueOf(rs.getString(11)),
                                rs.getString(12)));
                    }
                }
            }
            return out;
        });
    }
}
