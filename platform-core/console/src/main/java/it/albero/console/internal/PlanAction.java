package it.albero.console.internal;

import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

import it.albero.api.service.PlanService;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/**
 * Base of the commands that work on one plan: {@code --plan ente/CODICE} (or {@code CODICE}) and {@code --ente
 * CODICE}; with neither, the current plan of the only ente the user sees ({@link Plans#summary}). Only the plans of
 * the enti the user sees are found.
 */
abstract class PlanAction extends AlberoAction {

    @Reference
    PlanStore plans;

    @Reference
    PlanService planService;

    @Option(name = "--plan", aliases = "-p", description = "Il piano, ente/CODICE o CODICE (di norma il piano corrente"
            + " dell'ente)")
    @Completion(PlanCompleter.class)
    String plan;

    @Option(name = "--ente", description = "L'ente (obbligatorio se l'utente vede più enti e --plan non lo dice)")
    @Completion(EnteCompleter.class)
    String ente;

    /** The plan named by {@code --plan} and {@code --ente}, or the current one of the user's ente. */
    protected PlanSummary summary() {
        return summary(plan);
    }

    /** The plan named {@code name} (may be null) within {@code --ente}, as {@link Plans#summary} finds it. */
    protected PlanSummary summary(String name) {
        return Plans.summary(planService, caller(), ente, name);
    }
}
