package it.albero.rest.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albero.api.engine.Engine;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.ScoreOverride;
import it.albero.api.model.Timing;
import it.albero.api.model.Values;
import it.albero.api.spi.Field;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;
import it.albero.api.store.PlanSummary;

/** The model as the API shows it: {@link Dto} records built from the core's values. */
final class Views {

    private Views() {
    }

    static Dto.PlanInfo plan(PlanSummary s, boolean current) {
        return new Dto.PlanInfo(s.ente().code(), s.ente().name(), s.code(), s.title(), s.startYear(), s.endYear(),
                s.referenceYear(), s.status().label(), s.version(), s.indicators(), s.savedAt(), current);
    }

    static Dto.TimingInfo timing(Timing t) {
        String kind;
        if (t instanceof Timing.Period) {
            kind = "periodo";
        } else if (t instanceof Timing.ByDate) {
            kind = "data";
        } else if (t instanceof Timing.Relative) {
            kind = "relativo";
        } else if (t instanceof Timing.Recurring) {
            kind = "ricorrente";
        } else {
            kind = "non tipizzato";
        }
        return new Dto.TimingInfo(t.text(), kind, t.deadline().orElse(null));
    }

    static Dto.FieldInfo field(Field f) {
        return new Dto.FieldInfo(f.name(), f.kind().name().toLowerCase(java.util.Locale.ROOT), f.label(), f.required(),
                f.help(), f.options(), f.kind() == Field.Kind.PERCENTUALE ? "%" : null);
    }

    static List<Dto.FieldInfo> fields(Schema s) {
        return s == null ? List.of() : s.fields().stream().map(Views::field).toList();
    }

    static Dto.IndicatorInfo indicator(Indicator i, String unit, String objective, Engine engine) {
        Optional<IndicatorType> type = engine.type(i.typeId());
        return new Dto.IndicatorInfo(i.code(), unit, objective, i.instrument(), i.expectedResult(), timing(i.timing()),
                i.typeId(), type.map(IndicatorType::label).orElse(null), type.isPresent(), values(i.parameters()),
                i.weight(), i.review(), type.map(t -> fields(t.measurement())).orElse(List.of()),
                type.map(t -> fields(t.parameters())).orElse(List.of()));
    }

    static Dto.ObjectiveInfo objective(Objective o, String unit, Engine engine) {
        return new Dto.ObjectiveInfo(o.code(), o.title(), o.weight(), o.tags(), o.review(),
                o.indicators().stream().map(i -> indicator(i, unit, o.code(), engine)).toList(),
                o.phases().stream().map(p -> objective(p, unit, engine)).toList());
    }

    static Dto.UnitInfo unit(OrgUnit u, Engine engine) {
        return new Dto.UnitInfo(u.code(), u.name(), u.kind().name().toLowerCase(java.util.Locale.ROOT), u.moduleId(),
                u.review(), u.objectives().stream().map(o -> objective(o, u.code(), engine)).toList());
    }

    /** The node with this code: a unit, an objective (or phase) or an indicator. */
    static Optional<Dto.Node> node(Plan plan, String code, Engine engine) {
        for (OrgUnit u : plan.units()) {
            if (u.code().equals(code)) {
                return Optional.of(new Dto.Node("unita", unit(u, engine), null, null));
            }
            for (Objective o : u.objectives()) {
                Optional<Dto.Node> found = node(o, u.code(), code, engine);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Dto.Node> node(Objective o, String unit, String code, Engine engine) {
        if (o.code().equals(code)) {
            return Optional.of(new Dto.Node("obiettivo", null, objective(o, unit, engine), null));
        }
        for (Indicator i : o.indicators()) {
            if (i.code().equals(code)) {
                return Optional.of(new Dto.Node("indicatore", null, null, indicator(i, unit, o.code(), engine)));
            }
        }
        for (Objective p : o.phases()) {
            Optional<Dto.Node> found = node(p, unit, code, engine);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Measurements with the chain of corrections made explicit: who supersedes whom, which count. */
    static List<Dto.MeasurementInfo> measurements(List<Measurement> list) {
        Map<Long, Long> supersededBy = new HashMap<>();
        for (Measurement m : list) {
            if (m.supersedes() != null) {
                supersededBy.put(m.supersedes(), m.id());
            }
        }
        List<Dto.MeasurementInfo> out = new ArrayList<>(list.size());
        for (Measurement m : list) {
            Long by = supersededBy.get(m.id());
            out.add(new Dto.MeasurementInfo(m.id(), m.indicatorCode(), m.date(), values(m.values()), m.evidence(),
                    m.note(), m.author(), m.recordedAt(), m.supersedes(), by, by == null));
        }
        return out;
    }

    static Dto.NodeEvaluationInfo evaluation(NodeEvaluation n) {
        Evaluation e = n.evaluation();
        Evaluation c = n.computed();
        Dto.ComputedInfo computed = n.overridden() ? new Dto.ComputedInfo(c.score(), c.status().name().toLowerCase(
                java.util.Locale.ROOT), c.status().label(), c.explanation(), c.atRisk()) : null;
        return new Dto.NodeEvaluationInfo(n.kind().name().toLowerCase(java.util.Locale.ROOT), n.code(), n.label(),
                n.weight(), e.score(), e.status().name().toLowerCase(java.util.Locale.ROOT), e.status().label(),
                e.explanation(), e.atRisk(), n.overridden(), computed, override(n.override()),
                n.children().stream().map(Views::evaluation).toList());
    }

    static Dto.OverrideInfo override(ScoreOverride o) {
        return o == null ? null : new Dto.OverrideInfo(o.code(), o.score(), o.note(), o.author(), o.at());
    }

    /** Values as plain JSON: numbers, texts, dates as ISO texts, booleans, lists and objects. */
    static Map<String, Object> values(Values v) {
        Map<String, Object> out = new LinkedHashMap<>();
        v.asMap().forEach((k, x) -> out.put(k, plain(x)));
        return out;
    }

    private static Object plain(Object x) {
        if (x instanceof Values v) {
            return values(v);
        }
        if (x instanceof List<?> l) {
            return l.stream().map(Views::plain).toList();
        }
        if (x instanceof LocalDate d) {
            return d.toString();
        }
        if (x instanceof BigDecimal n) {
            return n.stripTrailingZeros().scale() <= 0 ? n.setScale(0) : n;
        }
        return x;
    }
}
