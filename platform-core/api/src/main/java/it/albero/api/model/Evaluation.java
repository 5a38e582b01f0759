package it.albero.api.model;

import java.util.Objects;

/**
 * The evaluation of a node as of a date.
 *
 * @param score       score in [0,1], or {@code null} when there is none (no data, not due, not installed, error)
 * @param status      the status
 * @param explanation an Italian sentence a director can read
 * @param atRisk      {@code true} when, at the current pace, the target will not be met by the deadline
 */
public record Evaluation(Double score, Status status, String explanation, boolean atRisk) {
    public Evaluation {
        Objects.requireNonNull(status, "status");
        explanation = explanation == null ? "" : explanation;
        if (score != null && (score.isNaN() || score < 0 || score > 1)) {
            throw new IllegalArgumentException("punteggio fuori da [0,1]: " + score);
        }
    }

    public static Evaluation of(double score, Status status, String explanation) {
        return new Evaluation(score, status, explanation, false);
    }

    public static Evaluation without(Status status, String explanation) {
        return new Evaluation(null, status, explanation, false);
    }

    public Evaluation atRisk(boolean risk) {
        return new Evaluation(score, status, explanation, risk);
    }

    public boolean hasScore() {
        return score != null;
    }
}
