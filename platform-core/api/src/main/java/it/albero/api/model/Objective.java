package it.albero.api.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An objective, possibly split into phases (sub-objectives of the same shape).
 *
 * @param code       code unique within the plan, e.g. {@code ENT-03}
 * @param title      the "Descrizione obiettivo"
 * @param weight     weight among its siblings, or {@code null} for equal weights
 * @param tags       tags such as {@code pnrr}, {@code cup}, {@code dup}
 * @param phases     sub-objectives / phases
 * @param indicators indicators of this objective
 * @param review     why a human should look at this node, or {@code null}
 */
public record Objective(String code, String title, Double weight, Map<String, String> tags,
                        List<Objective> phases, List<Indicator> indicators, String review) {

    /** Tag key of the PNRR measure (e.g. "M5C2 I1.1.1"). */
    public static final String TAG_PNRR = "pnrr";
    /** Tag key of the CUP (Codice Unico di Progetto). */
    public static final String TAG_CUP = "cup";
    /** Tag key of the DUP missione/programma. */
    public static final String TAG_DUP = "dup";
    /**
     * Tag key of a prerequisite ("obiettivo cancello", weight {@code X} in plans), with the value {@link #GATE}:
     * the objective does not weigh in its parent's mean, and failing it zeroes the parent's result.
     *
     * @since 1.3
     */
    public static final String TAG_GATE = "cancello";
    /**
     * The value of {@link #TAG_GATE} on a gate objective.
     *
     * @since 1.3
     */
    public static final String GATE = "si";

    public Objective {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        tags = Map.copyOf(tags);
        phases = List.copyOf(phases);
        indicators = List.copyOf(indicators);
        if (weight != null && (weight < 0 || weight.isNaN())) {
            throw new IllegalArgumentException("peso negativo per " + code);
        }
    }

    /** Visits this objective's indicators and those of its phases, depth first. */
    public void forEachIndicator(Consumer<Indicator> visitor) {
        indicators.forEach(visitor);
        phases.forEach(p -> p.forEachIndicator(visitor));
    }

    /** Visits this objective and its phases, depth first. */
    public void forEachObjective(Consumer<Objective> visitor) {
        visitor.accept(this);
        phases.forEach(p -> p.forEachObjective(visitor));
    }

    /** Visits the codes of this objective, its phases and all their indicators. */
    public void forEachNode(Consumer<String> visitor) {
        visitor.accept(code);
        indicators.forEach(i -> visitor.accept(i.code()));
        phases.forEach(p -> p.forEachNode(visitor));
    }
}
