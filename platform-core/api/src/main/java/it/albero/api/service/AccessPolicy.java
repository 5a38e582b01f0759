package it.albero.api.service;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.store.PlanKey;

/** Who may do what: the one place where roles are turned into permissions. */
@ProviderType
public interface AccessPolicy {

    /**
     * Whether the caller may do this.
     *
     * @param unitCode the unit the action touches (for {@link Permission#MEASURE}), or {@code null}
     */
    boolean allows(Caller caller, Permission permission, String unitCode);

    /**
     * Whether the caller may see anything of this ente at all: a user limited to some enti ({@link Caller#enti()})
     * sees only those; any other user sees every ente. {@link #allows} is asked as well for what the caller does
     * there.
     *
     * @since 1.2
     */
    boolean seesEnte(Caller caller, String enteCode);

    /**
     * Throws {@link NotFoundException} when the caller may not see the ente, with the same message as for an ente
     * that does not exist: a user of one ente cannot even learn which other enti are stored.
     *
     * @since 1.2
     */
    default void requireEnte(Caller caller, String enteCode) {
        if (!seesEnte(caller, enteCode)) {
            throw new NotFoundException("Ente non trovato: " + enteCode + ".");
        }
    }

    /**
     * Throws {@link NotFoundException} when the caller may not see the plan's ente, with the message of a plan that
     * does not exist ({@code Piano ente/CODICE non trovato.}): every operation on a plan asks this first, so a user
     * of one ente can neither read nor write another ente's plans, nor learn that they exist.
     *
     * @since 1.2
     */
    default void requirePlan(Caller caller, PlanKey plan) {
        if (!seesEnte(caller, plan.enteCode())) {
            throw new NotFoundException("Piano " + plan + " non trovato.");
        }
    }

    /**
     * Throws {@link AccessDeniedException} with an Italian message when {@link #allows} says no.
     *
     * @param unitCode the unit the action touches, or {@code null}
     */
    default void require(Caller caller, Permission permission, String unitCode) {
        if (!allows(caller, permission, unitCode)) {
            throw new AccessDeniedException(unitCode == null
                    ? "Operazione non consentita all'utente '" + caller.name() + "'."
                    : "Operazione non consentita all'utente '" + caller.name() + "' sull'unità " + unitCode + ".");
        }
    }
}
