package it.albero.store.internal;

import static it.albero.store.internal.RowsInsert.Kind.BIGINT;
import static it.albero.store.internal.RowsInsert.Kind.DOUBLE;
import static it.albero.store.internal.RowsInsert.Kind.INTEGER;
import static it.albero.store.internal.RowsInsert.Kind.TEXT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;

/**
 * Writes a plan: its row (insert, or the optimistic update of its version) and its tree on {@code org_unit},
 * {@code objective} and {@code plan_indicator}, within the caller's transaction.
 */
final class PlanTreeWriter {

    private PlanTreeWriter() {
    }

    static long insertPlan(Connection c, long enteId, Plan plan, String author, Instant now)
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
    static boolean bumpVersion(Connection c, JdbcPlanStore.PlanRow row, Plan plan, PlanStatus status, String author,
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

    static void deleteTree(Connection c, long planId) throws SQLException {
        for (String table : new String[] {"plan_indicator", "objective", "org_unit"}) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE plan_id = ?")) {
                ps.setLong(1, planId);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Inserts a plan's tree in a few statements whatever its size: the units in one batch, the objectives in one
     * batch per depth (top objectives, their phases, the phases' phases...), the indicators in one batch, with the JSON
     * texts as the validation wrote them. The ids the database gave are read back by code (unique within a plan)
     * after each batch: no statement per row.
     */
    static void insertTree(Connection c, Dialect dialect, long planId, Plan plan, PlanValidation.Checked checked)
            throws SQLException {
        RowsInsert units = new RowsInsert("org_unit", new String[] {"plan_id", "sort_order", "code", "name", "kind",
            "module_id", "review"}, new RowsInsert.Kind[] {BIGINT, INTEGER, TEXT, TEXT, TEXT, TEXT, TEXT});
        int unitOrder = 0;
        for (OrgUnit u : plan.units()) {
            units.add(planId, unitOrder++, u.code(), u.name(), u.kind().name(), u.moduleId(), u.review());
        }
        units.execute(c, dialect);
        Map<String, Long> unitIds = ids(c, "org_unit", planId);
        // the tree's order as before: an objective, its indicators, then its phases (depth first)
        Map<Objective, Integer> order = new IdentityHashMap<>();
        Map<Objective, Long> unitOf = new IdentityHashMap<>();
        Map<Objective, Objective> parentOf = new IdentityHashMap<>();
        List<List<Objective>> levels = new ArrayList<>();
        int[] next = {0};
        for (OrgUnit u : plan.units()) {
            for (Objective o : u.objectives()) {
                number(o, null, 0, unitIds.get(u.code()), order, unitOf, parentOf, levels, next);
            }
        }
        Map<String, Long> objectiveIds = new HashMap<>();
        RowsInsert objectives = new RowsInsert("objective", new String[] {"plan_id", "unit_id", "parent_id",
            "sort_order", "code", "title", "weight", "tags", "review"},
            new RowsInsert.Kind[] {BIGINT, BIGINT, BIGINT, INTEGER, TEXT, TEXT, DOUBLE, TEXT, TEXT});
        for (List<Objective> level : levels) {
            for (Objective o : level) {
                Objective parent = parentOf.get(o);
                objectives.add(planId, unitOf.get(o), parent == null ? null : objectiveIds.get(parent.code()),
                        order.get(o), o.code(), o.title(), o.weight(), checked.tags(o), o.review());
            }
            objectives.execute(c, dialect);
            objectiveIds = ids(c, "objective", planId);
        }
        RowsInsert indicators = new RowsInsert("plan_indicator", new String[] {"plan_id", "objective_id",
            "sort_order", "code", "instrument", "expected_result", "timing", "type_id", "parameters", "weight",
            "review"}, new RowsInsert.Kind[] {BIGINT, BIGINT, INTEGER, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, DOUBLE,
            TEXT});
        for (List<Objective> level : levels) {
            for (Objective o : level) {
                int sort = order.get(o);
                for (Indicator i : o.indicators()) {
                    indicators.add(planId, objectiveIds.get(o.code()), ++sort, i.code(), i.instrument(),
                            i.expectedResult(), checked.timing(i), i.typeId(), checked.parameters(i),
                            i.weight(), i.review());
                }
            }
        }
        indicators.execute(c, dialect);
    }

    /**
     * Numbers an objective and what it holds in the order of the tree (the objective, its indicators, its phases)
     * and files it under its depth.
     */
    private static void number(Objective o, Objective parent, int depth, Long unitId, Map<Objective, Integer> order,
                               Map<Objective, Long> unitOf, Map<Objective, Objective> parentOf,
                               List<List<Objective>> levels, int[] next) {
        order.put(o, next[0]++);
        next[0] += o.indicators().size();
        unitOf.put(o, unitId);
        if (parent != null) {
            parentOf.put(o, parent);
        }
        while (levels.size() <= depth) {
            levels.add(new ArrayList<>());
        }
        levels.get(depth).add(o);
        for (Objective phase : o.phases()) {
            number(phase, o, depth + 1, unitId, order, unitOf, parentOf, levels, next);
        }
    }

    /** The ids of a plan's rows of {@code org_unit} or {@code objective} by their code (unique within a plan). */
    private static Map<String, Long> ids(Connection c, String table, long planId) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, id FROM " + table + " WHERE plan_id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }
}
