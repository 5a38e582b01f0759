package it.albero.console.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import it.albero.api.model.Ente;
import it.albero.api.service.PlanService;
import it.albero.api.store.StoreException;

/** Completes the codes of the enti the logged-in user sees ({@code --ente C00<tab>}). */
@Service
public class EnteCompleter implements Completer {

    @Reference
    PlanService planService;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> codes;
        try {
            codes = planService.enti(ConsoleCaller.of(session)).stream().map(Ente::code).toList();
        } catch (StoreException e) {
            codes = List.of();
        }
        return new StringsCompleter(codes).complete(session, commandLine, candidates);
    }
}
