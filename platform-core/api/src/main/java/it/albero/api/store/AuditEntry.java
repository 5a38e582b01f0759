package it.albero.api.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only audit trail.
 *
 * @param id      id given by the store, or 0 before it is stored
 * @param at      when it happened, or {@code null} before it is stored (the store sets it)
 * @param author  who did it (the logged-in user)
 * @param action  what was done, e.g. {@code piano.salva}, {@code piano.stato}, {@code rilevazione.registra}
 * @param entity  the kind of thing changed: {@code ente}, {@code piano}, {@code rilevazione}, ...
 * @param plan    the plan concerned, or {@code null}
 * @param code    the code of the thing changed (plan, objective or indicator code)
 * @param before  the state before, as JSON text, or {@code null}
 * @param after   the state after (or the state attempted, when refused), as JSON text, or {@code null}
 * @param outcome accepted or refused
 * @param message an Italian sentence, e.g. why it was refused, or empty
 */
public record AuditEntry(long id, Instant at, String author, String action, String entity, PlanKey plan,
                         String code, String before, String after, Outcome outcome, String message) {

    /** Whether the change was applied. */
    public enum Outcome {
        ACCEPTED("accettato"),
        REFUSED("rifiutato");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** The Italian word users read. */
        public String label() {
            return label;
        }
    }

    public AuditEntry {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(outcome, "outcome");
        message = message == null ? "" : message;
    }

    /** An entry to append: the store gives its id and time. */
    public static AuditEntry of(String author, String action, String entity, PlanKey plan, String code,
                                String before, String after, Outcome outcome, String message) {
        return new AuditEntry(0, null, author, action, entity, plan, code, before, after, outcome, message);
    }
}
