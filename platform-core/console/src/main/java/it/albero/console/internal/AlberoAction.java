package it.albero.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

import it.albero.api.service.AccessDeniedException;
import it.albero.api.service.Caller;

/**
 * Base of the {@code albero:} commands that act for the logged-in user: the {@link Caller} built from the shell's
 * JAAS Subject, and a refusal of the service layer ({@link AccessDeniedException}) printed as its Italian line.
 */
abstract class AlberoAction implements Action {

    @Reference(optional = true)
    Session session;

    @Override
    public final Object execute() throws Exception {
        try {
            return run();
        } catch (AccessDeniedException e) {
            throw new CommandError(e.getMessage());
        }
    }

    /** What the command does; a refusal of the access policy may propagate. */
    protected abstract Object run() throws Exception;

    /** The logged-in user with its roles. */
    protected Caller caller() {
        return ConsoleCaller.of(session);
    }
}
