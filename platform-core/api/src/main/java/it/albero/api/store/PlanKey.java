package it.albero.api.store;

import java.util.Objects;

import it.albero.api.model.Plan;

/**
 * Identifies a plan in the store: the ente's code and the plan's code within that ente.
 *
 * @param enteCode the ente's code, e.g. {@code cesano-boscone}
 * @param planCode the plan's code, e.g. {@code PIAO-2025}
 */
public record PlanKey(String enteCode, String planCode) {
    public PlanKey {
        Objects.requireNonNull(enteCode, "enteCode");
        Objects.requireNonNull(planCode, "planCode");
    }

    public static PlanKey of(Plan plan) {
        return new PlanKey(plan.ente().code(), plan.code());
    }

    @Override
    public String toString() {
        return enteCode + "/" + planCode;
    }
}
