package it.albero.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanVersion;

/**
 * The history of every saved version of a plan ({@code plan_version}, {@code plan_version_chunk}): the whole
 * tree as JSON ({@link PlanJson}) in ordered chunks, written in the save's transaction, never changed.
 */
final class PlanHistory {

    private PlanHistory() {
    }

    /** Characters per row of {@code plan_version_chunk.content}. */
    static final int CHUNK = 32000;

    /** Author of a version stored before plans had an author (schema 1). */
    static final String UNKNOWN_AUTHOR = "(sconosciuto)";

    private static final String VERSION_SQL = "SELECT v.id, v.version, v.status, v.title, v.saved_at, v.author,"
            + " v.indicators FROM plan_version v JOIN plan p ON p.id = v.plan_id JOIN ente e ON e.id = p.ente_id"
            + " WHERE e.code = ? AND p.code = ?";

    static boolean hasVersions(Connection c, long planId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM plan_version WHERE plan_id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Writes the whole tree of one version of a plan to its history, as JSON in ordered chunks. */
    static void snapshot(Connection c, long planId, Plan plan, Instant savedAt, String author)
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

    /** The versions of a plan kept in the history, oldest first. */
    static List<PlanVersion> versions(Connection c, PlanKey key) throws SQLException {
        {
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
        }
    }

    /** One version of a plan from its history; empty when that version was not snapshotted. */
    static Optional<Plan> load(Connection c, PlanKey key, int version) throws SQLException {
        {
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
        }
    }
}
