package it.albero.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

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

    static void insertTree(Connection c, long planId, Plan plan) throws SQLException {
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
}
