package it.albero.api.service;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.model.Ente;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.ScoreOverride;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanSummary;

/**
 * The guarded writes on a plan (import, lifecycle, score overrides) and the plans a caller sees: a user limited to
 * some enti ({@link Caller#enti()}) lists, finds and writes only their plans.
 */
@ProviderType
public interface PlanService {

    /**
     * Imports a plan file, all or nothing ({@link it.albero.api.io.PlanImporter}).
     *
     * @param dryRun when {@code true}, reports every problem and writes nothing
     * @throws AccessDeniedException when the caller may not edit plans
     */
    ImportReport importPlan(Caller caller, String fileName, PlanFormat format, InputStream in, boolean dryRun);

    /**
     * Moves the plan to {@code status} if its stored version is still {@code expectedVersion}.
     *
     * @throws AccessDeniedException when the caller may not ({@link Permission#VALIDATE} for {@code validato},
     *                               {@link Permission#PLAN_STATUS} otherwise)
     * @throws it.albero.api.store.ConflictException when the version is stale
     * @throws it.albero.api.store.ValidationException when the lifecycle does not allow the step
     */
    PlanSummary changeStatus(Caller caller, PlanKey plan, PlanStatus status, int expectedVersion);

    /**
     * Sets (or replaces) the override of a node's score, with its mandatory note.
     *
     * @param score in [0,1]
     * @throws AccessDeniedException when the caller may not override
     */
    ScoreOverride override(Caller caller, PlanKey plan, String nodeCode, double score, String note);

    /** Removes the override of a node, with its mandatory note. */
    void clearOverride(Caller caller, PlanKey plan, String nodeCode, String note);

    /**
     * The enti the caller sees ({@link AccessPolicy#seesEnte}), by code.
     *
     * @throws AccessDeniedException when the caller may not read
     * @since 1.2
     */
    List<Ente> enti(Caller caller);

    /**
     * The stored plans of the enti the caller sees, by ente and code.
     *
     * @throws AccessDeniedException when the caller may not read
     * @since 1.2
     */
    List<PlanSummary> plans(Caller caller);

    /**
     * The current plan among those the caller sees: the latest reference year, the one stored last among equals
     * (for a caller who sees every ente, {@link it.albero.api.store.PlanStore#current()}).
     *
     * @since 1.2
     */
    Optional<PlanSummary> current(Caller caller);

    /**
     * The current plan of one ente the caller sees; empty when the ente has no plan or the caller does not see it.
     *
     * @since 1.2
     */
    Optional<PlanSummary> current(Caller caller, String enteCode);

    /**
     * A plan the caller sees.
     *
     * @throws NotFoundException when it does not exist or its ente is not one the caller sees (the same message)
     * @since 1.2
     */
    PlanSummary plan(Caller caller, PlanKey plan);
}
