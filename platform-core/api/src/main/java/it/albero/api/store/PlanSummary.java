package it.albero.api.store;

import java.time.Instant;
import java.util.Objects;

import it.albero.api.model.Ente;
import it.albero.api.model.PlanStatus;

/**
 * A stored plan without its tree.
 *
 * @param ente          the administration
 * @param code          the plan's code within the ente
 * @param title         the title
 * @param startYear     first year of the triennium
 * @param endYear       last year of the triennium
 * @param referenceYear the year being planned and measured
 * @param status        lifecycle status
 * @param version       the stored version, to pass back for an optimistic update
 * @param indicators    number of indicators in the tree
 * @param savedAt       when the stored version was written
 */
public record PlanSummary(Ente ente, String code, String title, int startYear, int endYear, int referenceYear,
                          PlanStatus status, int version, int indicators, Instant savedAt) {
    public PlanSummary {
        Objects.requireNonNull(ente, "ente");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
    }

    public PlanKey key() {
        return new PlanKey(ente.code(), code);
    }
}
