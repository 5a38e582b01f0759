package it.albero.console.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import it.albero.api.service.PlanService;
import it.albero.api.store.StoreException;

/** Completes the plans the logged-in user sees as {@code ente/CODICE} ({@code --plan ces<tab>}). */
@Service
public class PlanCompleter implements Completer {

    @Reference
    PlanService planService;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> keys;
        try {
            keys = planService.plans(ConsoleCaller.of(session)).stream().map(p -> p.key().toString()).toList();
        } catch (StoreException e) {
            keys = List.of();
        }
        return new StringsCompleter(keys).complete(session, commandLine, candidates);
    }
}
