package it.albero.api.store;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.model.Ente;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;

/**
 * The stored enti and plans. Several enti live in one instance; a plan is identified by {@link PlanKey}.
 * Every write is one transaction and is written to the {@link AuditTrail}.
 */
@ProviderType
public interface PlanStore {

    /** The enti, by code. */
    List<Ente> enti();

    /** Every stored plan, by ente and code. */
    List<PlanSummary> plans();

    /**
     * Saves a whole plan tree in one transaction. A new plan is stored with version 1. A plan that is already
     * stored is replaced only if {@code plan.version()} equals the stored version, and gets version + 1; its
     * measurements are kept (they refer to indicators by code). The ente is created or renamed as needed.
     *
     * @param author who saves it (written to the audit trail)
     * @return the stored plan's summary, with its new version
     * @throws ValidationException when the tree is not storable (duplicate codes, texts too long); nothing changes
     * @throws ConflictException   when the stored version differs; nothing changes, the attempt is audited
     */
    PlanSummary save(Plan plan, String author);

    /** The whole plan tree, with the stored status and version. */
    Optional<Plan> load(PlanKey key);

    /** The summary of a stored plan. */
    Optional<PlanSummary> summary(PlanKey key);

    /**
     * The current plan: of all stored plans, the one with the latest reference year, the one stored last among
     * equals. It is the plan the console works on when none is named.
     */
    Optional<PlanSummary> current();

    /** The current plan of one ente (latest reference year, then the one stored last). */
    Optional<PlanSummary> current(String enteCode);

    /**
     * Changes a plan's status if its stored version is still {@code expectedVersion}.
     *
     * @return the summary with the new status and version + 1
     * @throws ConflictException   when the stored version differs; nothing changes, the attempt is audited
     * @throws ValidationException when the plan does not exist
     */
    PlanSummary updateStatus(PlanKey key, PlanStatus status, int expectedVersion, String author);

    /** Finds an indicator by code in a plan. */
    Optional<IndicatorRef> indicator(PlanKey key, String indicatorCode);

    /**
     * The history of a plan: every version written by {@link #save}, oldest first, the current tree included.
     * Status changes raise the version too but do not change the tree, so their versions are not listed (they
     * are in the {@link AuditTrail}). Empty for an unknown plan.
     *
     * @since 1.1
     */
    List<PlanVersion> versions(PlanKey key);

    /**
     * The whole tree of one version of a plan as it was saved (status and version as written by that save).
     *
     * @return empty when the plan is unknown or {@code version} is not one of {@link #versions(PlanKey)}
     * @since 1.1
     */
    Optional<Plan> load(PlanKey key, int version);
}
