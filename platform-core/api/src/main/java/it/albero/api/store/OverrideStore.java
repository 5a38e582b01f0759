package it.albero.api.store;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.model.ScoreOverride;

/**
 * The overrides ("rettifiche") of node scores by the OIV or the performance office. At most one override is in
 * force per node of a plan; setting another replaces it. Every set and clear is one transaction and is written
 * to the {@link AuditTrail} with the state before and after, so the history of a node's overrides is there.
 */
@ProviderType
public interface OverrideStore {

    /**
     * Sets (or replaces) the override of a node.
     *
     * @param nodeCode a unit, objective or indicator code of the plan
     * @param score    the score that counts, in [0,1]
     * @param note     why: mandatory
     * @param author   who sets it
     * @return the override in force, returned only after the commit
     * @throws ValidationException when the plan or node is unknown, the score is outside [0,1], the note or the
     *                             author is missing, or the plan is {@code validato}; nothing is written
     */
    ScoreOverride set(PlanKey plan, String nodeCode, double score, String note, String author);

    /**
     * Removes the override of a node: the computed value counts again.
     *
     * @param note why: mandatory
     * @throws ValidationException when the plan is unknown, the node has no override, the note or the author is
     *                             missing, or the plan is {@code validato}; nothing is written
     */
    void clear(PlanKey plan, String nodeCode, String note, String author);

    /** The overrides in force on a plan, by node code (empty when none or when the plan is unknown). */
    Map<String, ScoreOverride> active(PlanKey plan);
}
