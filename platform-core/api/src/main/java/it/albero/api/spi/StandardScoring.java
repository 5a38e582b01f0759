package it.albero.api.spi;

import java.util.List;

import it.albero.api.model.Status;

/**
 * The scoring policy the engine applies, as its configuration sets it: linear (the score is the attainment, up
 * to 100%) or by bands (the score of the highest band the attainment reaches, 0 below the first), and the score
 * from which an indicator is "parzialmente raggiunto" (100% is "raggiunto"). Immutable.
 * <p>
 * The engine builds it from {@code etc/it.albero.engine.cfg}; the tests of types and checks use
 * {@link #defaults()}, so that they see what the engine of a default installation would give.
 *
 * @since 1.2
 */
public final class StandardScoring implements ScoringPolicy {

    private static final double EPSILON = 1e-9;

    /**
     * A band: from an attainment (1 for 100%) on, a score in [0,1].
     *
     * @param from  the lowest attainment of the band
     * @param score the band's score
     */
    public record Band(double from, double score) {
        public Band {
            if (score < 0 || score > 1) {
                throw new IllegalArgumentException("punteggio della fascia fuori da 0-100%: " + score * 100);
            }
        }
    }

    private final List<Band> bands;
    private final double partial;

    private StandardScoring(List<Band> bands, double partial) {
        if (partial < 0 || partial > 1) {
            throw new IllegalArgumentException("soglia di parziale raggiungimento fuori da 0-100%: " + partial * 100);
        }
        this.bands = bands == null ? null : List.copyOf(bands);
        this.partial = partial;
    }

    /** Linear: score = attainment, capped at 100%; "parzialmente raggiunto" from {@code partial} (0.5 for 50%). */
    public static StandardScoring linear(double partial) {
        return new StandardScoring(null, partial);
    }

    /** By bands, in increasing order of {@link Band#from()}; "parzialmente raggiunto" from {@code partial}. */
    public static StandardScoring bands(List<Band> bands, double partial) {
        double last = Double.NEGATIVE_INFINITY;
        for (Band b : bands) {
            if (b.from() <= last) {
                throw new IllegalArgumentException("le soglie delle fasce devono essere crescenti");
            }
            last = b.from();
        }
        return new StandardScoring(bands, partial);
    }

    /** The engine's default configuration: linear, "parzialmente raggiunto" from 50%. */
    public static StandardScoring defaults() {
        return linear(0.5);
    }

    @Override
    public double score(double attainment) {
        if (Double.isNaN(attainment) || attainment <= 0) {
            return 0;
        }
        if (bands == null) {
            return Math.min(1.0, attainment);
        }
        double s = 0;
        for (Band b : bands) {
            if (attainment + EPSILON >= b.from()) {
                s = b.score();
            }
        }
        return s;
    }

    @Override
    public Status status(double score) {
        if (score >= 1.0 - EPSILON) {
            return Status.RAGGIUNTO;
        }
        if (score + EPSILON >= partial && score > 0) {
            return Status.PARZIALMENTE_RAGGIUNTO;
        }
        return Status.NON_RAGGIUNTO;
    }
}
