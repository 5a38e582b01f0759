package it.albero.console.internal;

import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/** Base of the commands that work on one plan: {@code --plan ente/CODICE}, the current plan when absent. */
abstract class PlanAction extends AlberoAction {

    @Reference
    PlanStore plans;

    @Option(name = "--plan", aliases = "-p", description = "Il piano, ente/CODICE o CODICE (di norma quello corrente)")
    @Completion(PlanCompleter.class)
    String plan;

    /** The plan named by {@code --plan}, or the current one. */
    protected PlanSummary summary() {
        return Plans.summary(plans, plan);
    }
}
