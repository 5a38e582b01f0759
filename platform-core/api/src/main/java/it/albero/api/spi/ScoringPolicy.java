package it.albero.api.spi;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.model.Status;

/**
 * The scoring policy of the ente, from configuration: how an attainment becomes a score and a status.
 * Indicator types call it so that every type scores alike.
 */
@ProviderType
public interface ScoringPolicy {

    /**
     * The score for an attainment.
     *
     * @param attainment achieved / target, 1.0 meaning the target is met exactly; may exceed 1
     * @return score in [0,1]
     */
    double score(double attainment);

    /** The final status for a score: raggiunto, parzialmente raggiunto or non raggiunto. */
    Status status(double score);
}
