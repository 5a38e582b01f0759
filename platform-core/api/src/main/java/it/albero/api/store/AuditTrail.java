package it.albero.api.store;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only audit trail: the store writes one entry for every change it applies and for every change
 * it refuses for a conflict. Entries are never updated nor deleted.
 */
@ProviderType
public interface AuditTrail {

    /**
     * Appends an entry in its own transaction (for changes made outside the store, e.g. a validation by
     * the OIV).
     *
     * @return the entry's id
     */
    long append(AuditEntry entry);

    /**
     * The id of the latest entry, or 0 when the trail is empty. Every change the store applies writes an entry in
     * its own transaction, so a reader that saw this id once knows that nothing changed while it is the same (on
     * every node that shares the database): a cheap stamp for caches.
     *
     * @since 1.2
     */
    long latestId();

    /** The latest entries, newest first. */
    List<AuditEntry> recent(int limit);

    /** The entries about a code (plan, objective or indicator code), newest first. */
    List<AuditEntry> byCode(String code, int limit);

    /**
     * The entries about a code of one plan (the plan's own code, or one of its units, objectives or indicators),
     * newest first: the same code in another ente's plan is left out.
     *
     * @since 1.2
     */
    List<AuditEntry> byCode(PlanKey plan, String code, int limit);
}
