package it.albero.api.store;

import java.time.Instant;
import java.util.Objects;

import it.albero.api.model.PlanStatus;

/**
 * One stored version of a plan, as kept in its history: every save writes the whole tree of the version it
 * creates (art. 10 c.3 D.Lgs. 150/2009: in-year variations are new versions of the plan), so that an earlier
 * version can be read back with {@link PlanStore#load(PlanKey, int)}.
 *
 * @param version    the plan's version written by that save
 * @param status     the plan's status when it was saved
 * @param title      the plan's title in that version
 * @param savedAt    when it was saved
 * @param author     who saved it
 * @param indicators number of indicators in that version's tree
 * @since 1.1
 */
public record PlanVersion(int version, PlanStatus status, String title, Instant savedAt, String author,
                          int indicators) {
    public PlanVersion {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
