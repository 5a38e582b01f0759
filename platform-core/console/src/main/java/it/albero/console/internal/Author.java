package it.albero.console.internal;

import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;

/** The logged-in Karaf user, written as the author of every change. */
final class Author {

    private Author() {
    }

    @SuppressWarnings("removal")
    static String of(Session session) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal p : subject.getPrincipals(UserPrincipal.class)) {
                return p.getName();
            }
        }
        Object user = session == null ? null : session.get("USER");
        return user == null ? "console" : user.toString();
    }
}
