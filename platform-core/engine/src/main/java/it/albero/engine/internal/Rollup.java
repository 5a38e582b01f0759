package it.albero.engine.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.NodeEvaluation.Kind;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.ScoreOverride;
import it.albero.api.model.Status;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Texts;

/**
 * Rolls indicator evaluations up to objectives (phases included), units and the ente: the weighted mean of
 * the children that have a score (equal weights where the plan has none); children without data count as
 * zero when the policy says so. An override on a unit, objective or indicator replaces that node's evaluation
 * (score from the override, status from the policy) and its parent rolls up the overridden score; the
 * computed evaluation stays on the node. Pure: same input, same tree.
 */
final class Rollup {

    private final Scoring scoring;
    private final Map<String, ScoreOverride> overrides;
    private final ZoneId zone;
    private final Messages text;

    /**
     * @param overrides by node code; empty for none
     * @param zone      the engine's time zone, in which an override's date is written in its explanation
     * @param text      the engine's user-facing texts
     */
    Rollup(Scoring scoring, Map<String, ScoreOverride> overrides, ZoneId zone, Messages text) {
        this.scoring = scoring;
        this.overrides = overrides == null ? Map.of() : overrides;
        this.zone = zone;
        this.text = text;
    }

    /** With the scoring, zone and texts of the engine's settings. */
    Rollup(Settings settings, Map<String, ScoreOverride> overrides) {
        this(settings.scoring(), overrides, settings.zone(), settings.text());
    }

    NodeEvaluation plan(Plan plan, Map<String, Evaluation> indicators) {
        List<NodeEvaluation> units = new ArrayList<>();
        for (OrgUnit u : plan.units()) {
            units.add(unit(u, indicators));
        }
        return new NodeEvaluation(Kind.ENTE, plan.code(), plan.ente().name() + " - " + plan.title(), 1.0,
                aggregate(units), units);
    }

    NodeEvaluation unit(OrgUnit unit, Map<String, Evaluation> indicators) {
        List<NodeEvaluation> children = new ArrayList<>();
        for (Objective o : unit.objectives()) {
            children.add(objective(o, indicators));
        }
        return node(Kind.UNITA, unit.code(), unit.name(), 1.0, gated(unit.objectives(), children), children);
    }

    NodeEvaluation objective(Objective o, Map<String, Evaluation> indicators) {
        List<NodeEvaluation> children = new ArrayList<>();
        for (Indicator i : o.indicators()) {
            Evaluation e = indicators.get(i.code());
            children.add(node(Kind.INDICATORE, i.code(), i.instrument(), weight(i.weight()),
                    e == null ? Evaluation.without(Status.DATI_MANCANTI, text.get("rollup.notEvaluated")) : e, List.of()));
        }
        for (Objective p : o.phases()) {
            children.add(objective(p, indicators));
        }
        List<Objective> nodes = new ArrayList<>();
        o.indicators().forEach(i -> nodes.add(null));
        nodes.addAll(o.phases());
        return node(Kind.OBIETTIVO, o.code(), o.title(), isGate(o) ? 0.0 : weight(o.weight()),
                gated(nodes, children), children);
    }

    /** Whether the objective is a prerequisite ("obiettivo cancello"). */
    static boolean isGate(Objective o) {
        return o != null && Objective.GATE.equals(o.tags().get(Objective.TAG_GATE));
    }

    /**
     * The mean of the children that are not gates (a gate weighs 0), zeroed when a gate failed: a gate fails when
     * its evaluation is final and not "raggiunto", or, with the policy that counts missing data as zero, when it
     * has no data. A gate still open leaves the mean as it is, with a note.
     *
     * @param objectives the objective of each child, {@code null} for an indicator
     */
    Evaluation gated(List<Objective> objectives, List<NodeEvaluation> children) {
        Evaluation mean = aggregate(children);
        List<String> failed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (int k = 0; k < children.size(); k++) {
            if (!isGate(objectives.get(k))) {
                continue;
            }
            Evaluation e = children.get(k).evaluation();
            boolean missing = e.status() == Status.DATI_MANCANTI;
            if ((e.status().isFinal() && e.status() != Status.RAGGIUNTO && !missing) || (missing && scoring.missingAsZero())) {
                failed.add(children.get(k).code());
            } else if (e.status() != Status.RAGGIUNTO) {
                open.add(children.get(k).code());
            }
        }
        if (!failed.isEmpty()) {
            String was = mean.hasScore() ? Texts.percent(mean.score()) : label(mean.status());
            return new Evaluation(0.0, scoring.status(0), text.get("rollup.gate.failed", String.join(", ", failed),
                    was), true);
        }
        if (!open.isEmpty()) {
            return new Evaluation(mean.score(), mean.status(), mean.explanation() + " "
                    + text.get("rollup.gate.open", String.join(", ", open)), mean.atRisk());
        }
        return mean;
    }

    /** A node with its computed evaluation, overridden when an override names its code. */
    private NodeEvaluation node(Kind kind, String code, String label, double weight, Evaluation computed,
                                List<NodeEvaluation> children) {
        ScoreOverride o = overrides.isEmpty() ? null : overrides.get(code);
        if (o == null) {
            return new NodeEvaluation(kind, code, label, weight, computed, children);
        }
        return new NodeEvaluation(kind, code, label, weight, overridden(o, computed), children, computed, o);
    }

    /** The effective evaluation of an overridden node. */
    Evaluation overridden(ScoreOverride o, Evaluation computed) {
        String was = (computed.hasScore() ? Texts.percent(computed.score()) + " " : "") + label(computed.status());
        return Evaluation.of(o.score(), scoring.status(o.score()), text.get("rollup.override", o.author(),
                Texts.date(LocalDate.ofInstant(o.at(), zone)), o.note(), was));
    }

    /** The words users read for a status. */
    private String label(Status status) {
        return text.get("status." + status.name());
    }

    private static double weight(Double w) {
        return w == null ? 1.0 : w;
    }

    /** The evaluation of a node from its children's. */
    Evaluation aggregate(List<NodeEvaluation> children) {
        if (children.isEmpty()) {
            return Evaluation.without(Status.DATI_MANCANTI, text.get("rollup.empty"));
        }
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        double sum = 0;
        double weights = 0;
        boolean risk = false;
        boolean open = false;
        for (NodeEvaluation c : children) {
            Evaluation e = c.evaluation();
            counts.merge(e.status(), 1, Integer::sum);
            risk |= e.atRisk();
            open |= e.status() == Status.IN_CORSO || e.status() == Status.NON_ANCORA_DOVUTO;
            if (e.hasScore()) {
                sum += c.weight() * e.score();
                weights += c.weight();
            } else if (e.status() == Status.DATI_MANCANTI && scoring.missingAsZero()) {
                weights += c.weight();
            }
        }
        String tally = tally(counts, children.size());
        if (weights == 0 || (sum == 0 && weights == 0)) {
            Status only = counts.size() == 1 ? counts.keySet().iterator().next() : null;
            Status s = only != null ? only : open ? Status.IN_CORSO : Status.DATI_MANCANTI;
            return new Evaluation(null, s, tally, risk);
        }
        double score = Math.max(0, Math.min(1, sum / weights));
        Status s = open ? Status.IN_CORSO : scoring.status(score);
        return new Evaluation(score, s, text.get("rollup.mean", Texts.percent(score), tally), risk);
    }

    private String tally(Map<Status, Integer> counts, int total) {
        return text.get("rollup.tally", total, counts.entrySet().stream()
                .map(e -> e.getValue() + " " + label(e.getKey()))
                .collect(Collectors.joining(", ")));
    }
}
