package it.albero.api.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;

/** What an indicator type receives to evaluate one indicator. */
@ProviderType
public interface EvaluationContext {

    Indicator indicator();

    /** The indicator's measurements dated on or before {@link #asOf()}, oldest first. */
    List<Measurement> measurements();

    /** The date the evaluation is made as of. */
    LocalDate asOf();

    /** The reference year of the plan. */
    int referenceYear();

    ScoringPolicy scoring();

    /**
     * The evaluation, as of the same date, of an indicator that this one lists in its {@code componenti}
     * parameter (codes, or structures with a {@code codice}). When a whole plan is evaluated the engine
     * evaluates the components first; empty when the code is not a listed component of this indicator, is not
     * in the plan, or this indicator is evaluated on its own.
     *
     * @param indicatorCode the component's code
     * @since 1.1
     */
    default Optional<Evaluation> evaluationOf(String indicatorCode) {
        return Optional.empty();
    }
}
