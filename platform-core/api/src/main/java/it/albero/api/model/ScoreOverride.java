package it.albero.api.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An override ("rettifica") of a node's score by the OIV or the performance office: the score that counts
 * instead of the computed one, with the mandatory note that justifies it. The computed value is kept beside
 * it ({@link NodeEvaluation#computed()}) and every override is written to the audit trail.
 * <p>
 * Named {@code ScoreOverride}, not {@code Override}: a type called {@code Override} in this package (or imported
 * by name) would hide {@code java.lang.Override} and break every {@code @Override} annotation next to it.
 *
 * @param code   the code of the node (unit, objective or indicator) within its plan
 * @param score  the score that counts, in [0,1]
 * @param note   why: mandatory, never blank
 * @param author who set it (the logged-in user)
 * @param at     when it was set
 */
public record ScoreOverride(String code, double score, String note, String author, Instant at) {
    public ScoreOverride {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("rettifica senza codice del nodo");
        }
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("rettifica di " + code + ": punteggio fuori da [0,1]: " + score);
        }
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("rettifica di " + code + ": la nota è obbligatoria");
        }
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("rettifica di " + code + ": autore mancante");
        }
        Objects.requireNonNull(at, "at");
        code = code.strip();
        note = note.strip();
        author = author.strip();
    }
}
