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
 * tree as JSON ({@link PlanJson}) in ordered chunks, never changed once written.
 * <p>
 * A save records its version's row at once; the version's tree is written to the chunks when the next save
 * replaces it (in that save's transaction, before the tree is deleted). Until then the latest saved version's tree
 * is the plan's own tree in {@code org_unit}, {@code objective} and {@code plan_indicator} (only saves change it),
 * read from there with the version's number and status. A plan saved once, as most are, is written once.
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
        writeTree(c, record(c, planId, plan, savedAt, author), plan);
    }

    /**
     * Records a saved version (number, status, title, when, who, how many indicators) whose tree is still the plan's
     * own: {@link #keepReplaced} writes it to the history when a later save replaces it.
     *
     * @return the id of the version's row
     */
    static long record(Connection c, long planId, Plan plan, Instant savedAt, String author) throws SQLException {
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
        return versionId;
    }

    /**
     * Before a save replaces the plan's tree: writes the tree of the latest saved version to the history, unless it is
     * there already. The tree in the tables is that version's (only a save changes it); the version's number and
     * status are those it was saved with (a later status change raises the plan's version, not the tree's).
     */
    static void keepReplaced(Connection c, JdbcPlanStore.PlanRow current) throws SQLException {
        long versionId;
        int version;
        PlanStatus status;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, version, status FROM plan_version"
                + " WHERE plan_id = ? ORDER BY version DESC")) {
            ps.setLong(1, current.id());
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                versionId = rs.getLong(1);
                version = rs.getInt(2);
                status = PlanStatus.valueOf(rs.getString(3));
            }
        }
        if (hasTree(c, versionId)) {
            return;
        }
        writeTree(c, versionId, as(PlanTreeReader.tree(c, current), version, status));
    }

    private static boolean hasTree(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM plan_version_chunk"
                + " WHERE plan_version_id = ?")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** A plan read from the tables as one of its saved versions. */
    private static Plan as(Plan p, int version, PlanStatus status) {
        return new Plan(p.code(), p.ente(), p.title(), p.startYear(), p.endYear(), p.referenceYear(), status, version,
                p.units());
    }

    private static void writeTree(Connection c, long versionId, Plan plan) throws SQLException {
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

    /**
     * One version of a plan from its history; empty when that version was not recorded. The latest saved version,
     * not yet replaced, is read from the plan's tree.
     */
    static Optional<Plan> load(Connection c, PlanKey key, int version) throws SQLException {
        {
            long versionId;
            PlanStatus status;
            try (PreparedStatement ps = c.prepareStatement(VERSION_SQL + " AND v.version = ?")) {
                ps.setString(1, key.enteCode());
                ps.setString(2, key.planCode());
                ps.setInt(3, version);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    versionId = rs.getLong(1);
                    status = PlanStatus.valueOf(rs.getString(3));
                }
            }
            if (!hasTree(c, versionId)) {
                List<PlanVersion> all = versions(c, key);
                Optional<JdbcPlanStore.PlanRow> plan = JdbcPlanStore.find(c, key);
                if (plan.isEmpty() || all.isEmpty() || all.get(all.size() - 1).version() != version) {
                    return Optional.empty();
                }
                Plan tree = as(PlanTreeReader.tree(c, plan.get()), version, status);
                if (!hasTree(c, versionId)) {
                    return Optional.of(tree);
                }
                // a save replaced the tree while it was being read: the version is in the chunks now
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
