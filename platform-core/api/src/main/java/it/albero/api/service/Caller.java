package it.albero.api.service;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is asking: the logged-in user's name (written as the author of every change, never a value sent by a
 * client) and the roles of the JAAS realm.
 * <p>
 * Roles: {@value #ADMIN} (everything), {@value #PERFORMANCE} (the performance office), {@value #OIV},
 * {@value #DIRETTORE} (writes only the measurements of its units, each a role {@code unita-<CODE>}),
 * {@value #LETTORE} (reads). A role {@code ente-<CODE>} limits the user to that ente (several such roles, to
 * several enti); a user with no {@code ente-} role is not limited to any ente.
 *
 * @param name  the user name
 * @param roles the role names
 */
public record Caller(String name, Set<String> roles) {

    public static final String ADMIN = "admin";
    public static final String PERFORMANCE = "performance";
    public static final String OIV = "oiv";
    public static final String DIRETTORE = "direttore";
    public static final String LETTORE = "lettore";
    /** Prefix of the role that gives a director one unit: {@code unita-ENT}. */
    public static final String UNIT_ROLE_PREFIX = "unita-";
    /** Prefix of the role that limits a user to one ente: {@code ente-C001}. */
    public static final String ENTE_ROLE_PREFIX = "ente-";

    public Caller {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    public static Caller of(String name, String... roles) {
        return new Caller(name, Set.of(roles));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The codes of the units given by {@code unita-<CODE>} roles. */
    public Set<String> units() {
        return suffixes(UNIT_ROLE_PREFIX);
    }

    /**
     * The codes of the enti the user is limited to, given by {@code ente-<CODE>} roles; empty when the user is not
     * limited to any ente.
     *
     * @since 1.2
     */
    public Set<String> enti() {
        return suffixes(ENTE_ROLE_PREFIX);
    }

    private Set<String> suffixes(String prefix) {
        Set<String> codes = new TreeSet<>();
        for (String r : roles) {
            if (r.startsWith(prefix) && r.length() > prefix.length()) {
                codes.add(r.substring(prefix.length()));
            }
        }
        return codes;
    }
}
