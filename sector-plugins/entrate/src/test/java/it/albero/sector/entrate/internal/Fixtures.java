package it.albero.sector.entrate.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.albero.api.model.Ente;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.model.UnitKind;
import it.albero.api.model.Values;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.ScoringPolicy;

/** Contexts for the tests: a linear scoring policy, an evaluation context, a one-unit plan. */
final class Fixtures {

    static final ScoringPolicy LINEAR = new ScoringPolicy() {
        @Override
        public double score(double attainment) {
            return Math.max(0, Math.min(1, attainment));
        }

        @Override
        public Status status(double score) {
            return score >= 1 ? Status.RAGGIUNTO : score >= 0.5 ? Status.PARZIALMENTE_RAGGIUNTO : Status.NON_RAGGIUNTO;
        }
    };

    private Fixtures() {
    }

    static Indicator indicator(String type, Values params) {
        return new Indicator("ENT-01.1", "", "", new Timing.ByDate("entro il 31/12/2025", LocalDate.of(2025, 12, 31)),
                type, params, null, null);
    }

    static Measurement m(String date, Object... values) {
        return Measurement.of("ENT-01.1", LocalDate.parse(date), Values.of(values), "test");
    }

    static Evaluation eval(IndicatorType type, Indicator ind, String asOf, List<Measurement> ms) {
        LocalDate day = LocalDate.parse(asOf);
        List<Measurement> upTo = ms.stream().filter(m -> !m.date().isAfter(day)).toList();
        return type.evaluate(new EvaluationContext() {
            public Indicator indicator() { return ind; }
            public List<Measurement> measurements() { return upTo; }
            public LocalDate asOf() { return day; }
            public int referenceYear() { return 2025; }
            public ScoringPolicy scoring() { return LINEAR; }
        });
    }

    static Values window(String from, String to) {
        return Values.of(Map.of("da", from, "a", to));
    }

    static CheckContext checkContext(String moduleId, Map<String, String> tags, Indicator... indicators) {
        Objective o = new Objective("ENT-01", "Obiettivo", null, tags, List.of(), List.of(indicators), null);
        OrgUnit u = new OrgUnit("ENT", "Settore Entrate", UnitKind.SETTORE, moduleId, List.of(o), null);
        Plan plan = new Plan("PIAO-2025", new Ente("e", "Comune"), "Piano", 2025, 2027, 2025, PlanStatus.BOZZA, 1,
                List.of(u));
        return new CheckContext() {
            public Plan plan() { return plan; }
            public List<OrgUnit> units() { return plan.units(); }
            public List<Indicator> indicators() { return new ArrayList<>(plan.indicators()); }
            public List<Measurement> measurements(String code) { return List.of(); }
            public LocalDate asOf() { return LocalDate.of(2025, 6, 1); }
            public Evaluation evaluate(Indicator i) { return Evaluation.without(Status.IN_CORSO, ""); }
        };
    }
}
