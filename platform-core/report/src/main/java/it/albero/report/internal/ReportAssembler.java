package it.albero.report.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.Values;
import it.albero.api.report.ReportKind;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Texts;

/** Puts a plan, its evaluated tree, its findings and its measurements together as a {@link ReportData}. */
final class ReportAssembler {

    private ReportAssembler() {
    }

    /**
     * @param root     the evaluated tree of the whole plan (ente root) as of {@code asOf}
     * @param unitCode a unit to keep alone, or {@code null}
     */
    static ReportData assemble(ReportKind kind, Plan plan, NodeEvaluation root, List<Finding> findings,
                               MeasurementSource source, LocalDate asOf, String unitCode, Instant generatedAt) {
        Map<String, NodeEvaluation> nodes = new HashMap<>();
        root.forEach(n -> nodes.putIfAbsent(n.code(), n));
        List<ReportData.UnitRow> units = new ArrayList<>();
        List<ReportData.OverrideRow> overrides = new ArrayList<>();
        List<ReportData.MeasurementRow> annex = new ArrayList<>();
        for (OrgUnit u : plan.units()) {
            if (unitCode != null && !u.code().equals(unitCode)) {
                continue;
            }
            NodeEvaluation un = node(nodes, u.code());
            override(un, "unità", u.name(), overrides);
            List<ReportData.ObjectiveRow> objectives = new ArrayList<>();
            for (Objective o : u.objectives()) {
                objectives(u, o, 0, nodes, source, asOf, objectives, overrides, annex);
            }
            units.add(new ReportData.UnitRow(u.code(), u.name(), un.evaluation(), un.overridden(), objectives));
        }
        Evaluation total = unitCode == null ? root.evaluation() : node(nodes, unitCode).evaluation();
        List<Finding> sorted = findings.stream()
                .filter(f -> unitCode == null || plan.unitOf(f.location()).map(x -> x.code().equals(unitCode))
                        .orElse(false))
                .sorted(Comparator.comparing((Finding f) -> f.severity()).reversed()
                        .thenComparing(Finding::location))
                .toList();
        return new ReportData(kind, plan.ente(), plan.code(), plan.title(), plan.referenceYear(), plan.status(),
                plan.version(), asOf, generatedAt, unitCode, total, units, overrides, sorted, annex);
    }

    private static void objectives(OrgUnit u, Objective o, int depth, Map<String, NodeEvaluation> nodes,
                                   MeasurementSource source, LocalDate asOf, List<ReportData.ObjectiveRow> out,
                                   List<ReportData.OverrideRow> overrides, List<ReportData.MeasurementRow> annex) {
        NodeEvaluation on = node(nodes, o.code());
        override(on, "obiettivo", o.title(), overrides);
        List<ReportData.IndicatorRow> indicators = new ArrayList<>();
        for (Indicator i : o.indicators()) {
            NodeEvaluation in = node(nodes, i.code());
            override(in, "indicatore", i.instrument(), overrides);
            List<Measurement> counted = source.measurements(i.code()).stream()
                    .filter(m -> !m.date().isAfter(asOf))
                    .sorted(Comparator.comparing(Measurement::date).thenComparingLong(Measurement::id)).toList();
            for (Measurement m : counted) {
                annex.add(new ReportData.MeasurementRow(m.id(), u.code(), i.code(), m.date(), values(m.values()),
                        m.evidence() == null ? "" : m.evidence(), m.supersedes()));
            }
            Measurement last = counted.isEmpty() ? null : counted.get(counted.size() - 1);
            indicators.add(new ReportData.IndicatorRow(u.code(), u.name(), o.code(), o.title(), i.code(),
                    i.instrument(), i.expectedResult(), i.timing().text(), i.timing().deadline().orElse(null),
                    last == null ? "" : values(last.values()), last == null ? null : last.date(), in.evaluation(),
                    in.overridden(), in.computed()));
        }
        out.add(new ReportData.ObjectiveRow(o.code(), o.title(), depth, on.evaluation(), on.overridden(), on.computed(),
                indicators));
        for (Objective phase : o.phases()) {
            objectives(u, phase, depth + 1, nodes, source, asOf, out, overrides, annex);
        }
    }

    private static NodeEvaluation node(Map<String, NodeEvaluation> nodes, String code) {
        NodeEvaluation n = nodes.get(code);
        if (n == null) {
            // the tree and the plan come from one snapshot: a node missing is a fault, not a user error
            throw new IllegalStateException("node " + code + " missing from the evaluated tree");
        }
        return n;
    }

    private static void override(NodeEvaluation n, String kind, String label, List<ReportData.OverrideRow> out) {
        if (n.overridden()) {
            out.add(new ReportData.OverrideRow(n.code(), kind, label, n.computed().score(), n.override().score(),
                    n.override().author(), n.override().at(), n.override().note()));
        }
    }

    /** Values the Italian way: {@code numeratore 1.200; denominatore 1.500}. */
    static String values(Values values) {
        StringBuilder sb = new StringBuilder();
        values.asMap().forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(k).append(' ').append(value(v));
        });
        return sb.toString();
    }

    private static String value(Object v) {
        if (v instanceof BigDecimal b) {
            return Texts.number(b);
        }
        if (v instanceof LocalDate d) {
            return Texts.date(d);
        }
        if (v instanceof Boolean b) {
            return b ? "sì" : "no";
        }
        if (v instanceof Values nested) {
            return "(" + values(nested) + ")";
        }
        if (v instanceof List<?> l) {
            return "[" + String.join(", ", l.stream().map(ReportAssembler::value).toList()) + "]";
        }
        return String.valueOf(v);
    }

    /** The explanation a visitor of the public page reads: an override's author and note are left out. */
    static String publicExplanation(Evaluation effective, boolean overridden, Evaluation computed) {
        if (!overridden) {
            return effective.explanation();
        }
        return "Punteggio rettificato in sede di verifica (calcolato: "
                + (computed.score() == null ? "nessun punteggio" : Texts.percent(computed.score())) + ").";
    }

    /** "73,5%" or "-". */
    static String score(Double score) {
        return score == null ? "-" : Texts.percent(score);
    }

    /** The status with "a rischio" when so. */
    static String status(Evaluation e) {
        return e.status().label() + (e.atRisk() ? ", a rischio" : "");
    }
}
