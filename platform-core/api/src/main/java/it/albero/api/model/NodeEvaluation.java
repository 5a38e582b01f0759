package it.albero.api.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The evaluation of one node of the tree with those of its children.
 * <p>
 * {@link #evaluation()} is always the <em>effective</em> evaluation, the one the parent rolls up: when the node
 * is overridden ({@link #override()} not {@code null}) it carries the override's score; {@link #computed()} is
 * what the engine computed, shown beside it. Without an override the two are the same.
 *
 * @param kind       what the node is
 * @param code       the node's code (the plan code for the ente level)
 * @param label      the node's text, shortened by the reader as it likes
 * @param weight     the weight used in the parent's roll-up
 * @param evaluation the node's effective evaluation
 * @param children   the children's evaluations, in plan order
 * @param computed   the evaluation the engine computed; {@code null} is read as {@code evaluation}
 * @param override   the override in force on this node, or {@code null}
 */
public record NodeEvaluation(Kind kind, String code, String label, double weight, Evaluation evaluation,
                             List<NodeEvaluation> children, Evaluation computed, ScoreOverride override) {

    /** The levels of the tree. */
    public enum Kind {
        ENTE, UNITA, OBIETTIVO, INDICATORE
    }

    public NodeEvaluation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(evaluation, "evaluation");
        children = List.copyOf(children);
        computed = computed == null ? evaluation : computed;
    }

    /** A node without override: the computed evaluation is the effective one. */
    public NodeEvaluation(Kind kind, String code, String label, double weight, Evaluation evaluation,
                          List<NodeEvaluation> children) {
        this(kind, code, label, weight, evaluation, children, evaluation, null);
    }

    /** Whether an override is in force on this node. */
    public boolean overridden() {
        return override != null;
    }

    /** Visits this node and all its descendants, depth first. */
    public void forEach(Consumer<NodeEvaluation> visitor) {
        visitor.accept(this);
        children.forEach(c -> c.forEach(visitor));
    }
}
