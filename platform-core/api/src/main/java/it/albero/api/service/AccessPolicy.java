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
