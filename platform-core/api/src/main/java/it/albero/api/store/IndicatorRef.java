package it.albero.api.store;

import java.util.Objects;

import it.albero.api.model.Indicator;

/**
 * An indicator found in a stored plan, with where it sits.
 *
 * @param plan          the plan that holds it
 * @param unitCode      the code of its unit
 * @param objectiveCode the code of its objective (or phase)
 * @param indicator     the indicator
 */
public record IndicatorRef(PlanSummary plan, String unitCode, String objectiveCode, Indicator indicator) {
    public IndicatorRef {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(indicator, "indicator");
    }
}
