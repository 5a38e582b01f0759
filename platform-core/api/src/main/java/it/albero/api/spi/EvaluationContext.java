package it.albero.api.spi;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

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
}
