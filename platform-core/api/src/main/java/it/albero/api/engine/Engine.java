package it.albero.api.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Plan;
import it.albero.api.model.ScoreOverride;
import it.albero.api.spi.Finding;
import it.albero.api.spi.IndicatorType;

/**
 * The core's view of the installed modules, and the evaluation of the tree. Modules come and go at run
 * time: every call answers with what is installed at that moment.
 */
@ProviderType
public interface Engine {

    /**
     * Today in the platform's time zone (configuration {@code zone}, Europe/Rome by default), from the engine's
     * clock: the day that deadlines and "as of today" evaluations use.
     *
     * @since 1.2
     */
    LocalDate today();

    /** Installed sector modules, by id. */
    List<ModuleInfo> modules();

    /** Installed indicator types, by id. */
    List<TypeInfo> types();

    /** Installed checks, by id. */
    List<CheckInfo> checks();

    /** The installed type with this id. */
    Optional<IndicatorType> type(String typeId);

    /**
     * Validates an indicator's parameters against its type.
     *
     * @return Italian messages; empty when valid; one message when the type is not installed
     */
    List<String> validate(Indicator indicator);

    /**
     * Validates a measurement's values against the indicator's type schema.
     *
     * @return Italian messages; empty when valid
     */
    List<String> validate(Indicator indicator, Measurement measurement);

    /** Evaluates one indicator as of a date (measurements after that date are ignored). */
    Evaluation evaluate(Indicator indicator, List<Measurement> measurements, LocalDate asOf, int referenceYear);

    /** Evaluates the whole tree of a plan as of a date and rolls the scores up to the ente, without overrides. */
    default NodeEvaluation evaluate(Plan plan, MeasurementSource measurements, LocalDate asOf) {
        return evaluate(plan, measurements, asOf, Map.of());
    }

    /**
     * Evaluates the whole tree of a plan as of a date and rolls the scores up to the ente, applying the
     * overrides: an overridden unit, objective or indicator takes the override's score (its status from the
     * scoring policy, its explanation names author, date, note and the computed value), keeps the computed
     * evaluation in {@link NodeEvaluation#computed()}, and its parent rolls up the overridden score. Overrides
     * on codes that are not in the tree are ignored.
     *
     * @param overrides by node code (e.g. {@code OverrideStore.active(plan)}); empty for none
     */
    NodeEvaluation evaluate(Plan plan, MeasurementSource measurements, LocalDate asOf,
                            Map<String, ScoreOverride> overrides);

    /**
     * Runs every installed check over the plan, or over one unit of it.
     *
     * @param unitCode a unit code, or {@code null} for the whole plan
     */
    List<Finding> check(Plan plan, MeasurementSource measurements, LocalDate asOf, String unitCode);
}
