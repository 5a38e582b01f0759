package it.albero.api.service;

import org.osgi.annotation.versioning.ProviderType;

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
