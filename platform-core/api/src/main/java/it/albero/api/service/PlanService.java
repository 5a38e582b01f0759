package it.albero.api.service;

import java.io.InputStream;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.ScoreOverride;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanSummary;

/** The guarded writes on a plan: import, lifecycle, score overrides. */
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
}
