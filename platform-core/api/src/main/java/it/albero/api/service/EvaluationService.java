package it.albero.api.service;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.model.NodeEvaluation;
import it.albero.api.spi.Finding;
import it.albero.api.store.PlanKey;

/** The evaluation of a stored plan, with its overrides in force, and its checks, as every entry point reads them. */
@ProviderType
public interface EvaluationService {

    /** Today in the platform's time zone (configured on the engine, Europe/Rome by default). */
    LocalDate today();

    /**
     * The evaluated tree of the plan as of a date (measurements after it are ignored), overrides applied.
     *
     * @param asOf     the date, or {@code null} for {@link #today()}
     * @param unitCode a unit code to get only that unit's subtree, or {@code null} for the whole plan (ente root)
     * @throws it.albero.api.store.ValidationException when the plan or the unit is unknown
     */
    NodeEvaluation evaluate(Caller caller, PlanKey plan, LocalDate asOf, String unitCode);

    /**
     * The findings of every installed check over the plan or one unit, as of a date.
     *
     * @param asOf     the date, or {@code null} for {@link #today()}
     * @param unitCode a unit code, or {@code null} for the whole plan
     */
    List<Finding> check(Caller caller, PlanKey plan, LocalDate asOf, String unitCode);
}
