package it.albero.api.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The evaluation of one node of the tree with those of its children.
 *
 * @param kind       what the node is
 * @param code       the node's code (the plan code for the ente level)
 * @param label      the node's text, shortened by the reader as it likes
 * @param weight     the weight used in the parent's roll-up
 * @param evaluation the node's evaluation
 * @param children   the children's evaluations, in plan order
 */
public record NodeEvaluation(Kind kind, String code, String label, double weight, Evaluation evaluation,
                             List<NodeEvaluation> children) {

    /** The levels of the tree. */
    public enum Kind {
        ENTE, UNITA, OBIETTIVO, INDICATORE
    }

    public NodeEvaluation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(evaluation, "evaluation");
        children = List.copyOf(children);
    }

    /** Visits this node and all its descendants, depth first. */
    public void forEach(Consumer<NodeEvaluation> visitor) {
        visitor.accept(this);
        children.forEach(c -> c.forEach(visitor));
    }
}
