package it.albero.console.internal;

import java.security.AccessController;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;

import it.albero.api.service.Caller;

/**
 * The logged-in console user as the core services see it: the JAAS Subject the shell runs under (local console,
 * ssh, {@code bin/client}) gives the user name ({@link UserPrincipal}) and the roles ({@link RolePrincipal}). The
 * name is written as the author of every change; the roles decide, in the service layer, what the user may do.
 */
final class ConsoleCaller {

    private ConsoleCaller() {
    }

    /** The caller of the running command; with no Subject, a user with no roles (refused everything). */
    @SuppressWarnings("removal")
    static Caller of(Session session) {
        return of(Subject.getSubject(AccessController.getContext()), session);
    }

    static Caller of(Subject subject, Session session) {
        String name = null;
        Set<String> roles = new LinkedHashSet<>();
        if (subject != null) {
            for (UserPrincipal p : subject.getPrincipals(UserPrincipal.class)) {
                name = name == null ? p.getName() : name;
            }
            for (RolePrincipal p : subject.getPrincipals(RolePrincipal.class)) {
                roles.add(p.getName());
            }
        }
        if (name == null) {
            Object user = session == null ? null : session.get("USER");
            name = user == null ? "console" : user.toString();
        }
        return new Caller(name, roles);
    }
}
