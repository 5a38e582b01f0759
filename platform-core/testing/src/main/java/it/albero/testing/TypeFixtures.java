package it.albero.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;

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
import it.albero.api.spi.StandardScoring;

/**
 * Drives an indicator type or a check in a unit test as the engine would, for one indicator code of one unit:
 * the engine's default scoring policy ({@link StandardScoring#defaults()}), measurements filtered by date,
 * a one-unit plan 2025-2027 with reference year 2025.
 */
public final class TypeFixtures {

    /**
     * The engine's scoring policy as a default installation configures it (linear, "parzialmente raggiunto" from
     * 50%): the API's {@link StandardScoring}, the same class the engine applies, not a copy.
     */
    public static final ScoringPolicy SCORING = StandardScoring.defaults();

    private final String unitCode;
    private final String unitName;

    /**
     * @param unitCode the unit's code, e.g. {@code ENT}: the objective is {@code ENT-01}, the indicator {@code ENT-01.1}
     * @param unitName the unit's name
     */
    public TypeFixtures(String unitCode, String unitName) {
        this.unitCode = unitCode;
        this.unitName = unitName;
    }

    public String indicatorCode() {
        return unitCode + "-01.1";
    }

    /** An indicator due by 31/12/2025. */
    public Indicator indicator(String type, Values params) {
        return indicator(indicatorCode(), type, params);
    }

    /** An indicator with its own code, due by 31/12/2025 (for checks over several indicators). */
    public Indicator indicator(String code, String type, Values params) {
        return new Indicator(code, "", "",
                new Timing.ByDate("entro il 31/12/2025", LocalDate.of(2025, 12, 31)), type, params, null, null);
    }

    /** A measurement of the indicator: {@code m("2025-06-30", "valore", 3)}. */
    public Measurement m(String date, Object... values) {
        return Measurement.of(indicatorCode(), LocalDate.parse(date), Values.of(values), "test");
    }

    /** A measurement of another indicator: {@code mOf("MAN-01.2", "2025-06-30", "fase", "cre")}. */
    public static Measurement mOf(String code, String date, Object... values) {
        return Measurement.of(code, LocalDate.parse(date), Values.of(values), "test");
    }

    /** Evaluates as of a date, seeing only the measurements dated on or before it. */
    public static Evaluation eval(IndicatorType type, Indicator ind, String asOf, List<Measurement> ms) {
        LocalDate day = LocalDate.parse(asOf);
        List<Measurement> upTo = ms.stream().filter(m -> !m.date().isAfter(day)).toList();
        return type.evaluate(new EvaluationContext() {
            @Override
            public Indicator indicator() {
                return ind;
            }

            @Override
            public List<Measurement> measurements() {
                return upTo;
            }

            @Override
            public LocalDate asOf() {
                return day;
            }

            @Override
            public int referenceYear() {
                return 2025;
            }

            @Override
            public ScoringPolicy scoring() {
                return SCORING;
            }
        });
    }

    /**
     * The row of a table-driven type test: the parameters are valid, and the evaluation as of the date has the
     * status, the score ({@code null} for none) and an explanation containing {@code words}.
     */
    public void assertEvaluates(IndicatorType type, Values params, String asOf, List<Measurement> ms, Status status,
                                Double score, String words) {
        Indicator ind = indicator(type.id(), params);
        Assertions.assertTrue(type.validate(ind).isEmpty(), () -> type.validate(ind).toString());
        Evaluation e = eval(type, ind, asOf, ms);
        Assertions.assertEquals(status, e.status(), e.explanation());
        if (score == null) {
            Assertions.assertNull(e.score(), e.explanation());
        } else {
            Assertions.assertEquals(score, e.score(), 1e-9, e.explanation());
        }
        Assertions.assertTrue(e.explanation().contains(words), e.explanation());
    }

    /** A window {da, a}. */
    public static Values window(String from, String to) {
        return Values.of(Map.of("da", from, "a", to));
    }

    /** A check context over a one-unit, one-objective plan holding these indicators, as of 01/06/2025. */
    public CheckContext checkContext(String moduleId, Map<String, String> tags, Indicator... indicators) {
        return checkContext(moduleId, tags, Map.of(), "2025-06-01", indicators);
    }

    /**
     * A check context over a one-unit, one-objective plan holding these indicators, with their measurements (by
     * indicator code, oldest first), as of a date.
     */
    public CheckContext checkContext(String moduleId, Map<String, String> tags, Map<String, List<Measurement>> measurements,
                                     String asOf, Indicator... indicators) {
        Objective o = new Objective(unitCode + "-01", "Obiettivo", null, tags, List.of(), List.of(indicators), null);
        OrgUnit u = new OrgUnit(unitCode, unitName, UnitKind.SETTORE, moduleId, List.of(o), null);
        Plan plan = new Plan("PIAO-2025", new Ente("e", "Comune"), "Piano", 2025, 2027, 2025, PlanStatus.BOZZA, 1,
                List.of(u));
        return new CheckContext() {
            @Override
            public Plan plan() {
                return plan;
            }

            @Override
            public List<OrgUnit> units() {
                return plan.units();
            }

            @Override
            public List<Indicator> indicators() {
                return new ArrayList<>(plan.indicators());
            }

            @Override
            public List<Measurement> measurements(String code) {
                return measurements.getOrDefault(code, List.of());
            }

            @Override
            public LocalDate asOf() {
                return LocalDate.parse(asOf);
            }

            @Override
            public Evaluation evaluate(Indicator i) {
                return Evaluation.without(Status.IN_CORSO, "");
            }
        };
    }
}
