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
 * {@value #LETTORE} (reads).
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
        Set<String> units = new TreeSet<>();
        for (String r : roles) {
            if (r.startsWith(UNIT_ROLE_PREFIX) && r.length() > UNIT_ROLE_PREFIX.length()) {
                units.add(r.substring(UNIT_ROLE_PREFIX.length()));
            }
        }
        return units;
    }
}
