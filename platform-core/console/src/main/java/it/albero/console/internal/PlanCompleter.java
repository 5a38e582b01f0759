package it.albero.console.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import it.albero.api.store.PlanStore;

/** Completes the stored plans as {@code ente/CODICE} ({@code --plan ces<tab>}). */
@Service
public class PlanCompleter implements Completer {

    @Reference
    PlanStore plans;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter(plans.plans().stream().map(p -> p.key().toString())
                .toList());
        return delegate.complete(session, commandLine, candidates);
    }
}
