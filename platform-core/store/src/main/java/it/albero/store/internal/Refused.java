package it.albero.store.internal;

import it.albero.api.store.AuditEntry;
import it.albero.api.store.ConflictException;

/**
 * Carries a conflict out of a rolled-back transaction, with the audit entry to write after it in a transaction of
 * its own (the refused attempt is kept in the audit trail, the change is not).
 */
final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient AuditEntry audit;
    final ConflictException conflict;

    Refused(AuditEntry audit, ConflictException conflict) {
        super(conflict.getMessage(), null, false, false);
        this.audit = audit;
        this.conflict = conflict;
    }
}
