package it.albero.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.UnitKind;
import it.albero.api.store.IndicatorRef;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanSummary;

/** Reads the current tree of a plan, or one indicator of it, from its tables, within the caller's connection. */
final class PlanTreeReader {

    private PlanTreeReader() {
    }

    /** The plan's current tree from its tables, within the caller's connection. */
    /** A plan's indicators alone (no units, no objectives), by code: what a batch of measurements is checked with. */
    static Map<String, Indicator> indicators(Connection c, long planId) throws SQLException {
        Map<String, Indicator> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT objective_id, code, instrument, expected_result,"
                + " timing, type_id, parameters, weight, review FROM plan_indicator WHERE plan_id = ?")) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Indicator i = indicator(rs, 2);
                    out.put(i.code(), i);
                }
            }
        }
        return out;
    }

    static Plan tree(Connection c, JdbcPlanStore.PlanRow row) throws SQLException {
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
            Json.flatObject(json, "tag").forEach((k, v) -> out.put(k, v == null ? null : v.toString()));
        }
        return out;
    }

    /** Reads an indicator from columns code, instrument, expected_result, timing, type_id, parameters, weight, review. */
    static Indicator indicator(ResultSet rs, int first) throws SQLException {
        return new Indicator(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                TimingCodec.read(rs.getString(first + 3)), rs.getString(first + 4),
                Json.readValues(rs.getString(first + 5)), Jdbc.getDouble(rs, first + 6), rs.getString(first + 7));
    }

    /** Finds an indicator within the caller's connection. */
    static Optional<IndicatorRef> find(Connection c, PlanKey key, String indicatorCode) throws SQLException {
        Optional<JdbcPlanStore.PlanRow> plan = JdbcPlanStore.find(c, key);
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
