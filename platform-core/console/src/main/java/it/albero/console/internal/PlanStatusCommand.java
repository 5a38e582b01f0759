package it.albero.console.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import it.albero.api.model.PlanStatus;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/** {@code albero:plan-status <plan> <status>}: moves a plan along its lifecycle. */
@Service
@Command(scope = "albero", name = "plan-status",
        description = "Cambia lo stato del piano: bozza, adottato, monitoraggio, rendicontazione, validato")
public class PlanStatusCommand implements Action {

    @Reference
    PlanStore plans;

    @Reference
    Session session;

    @Argument(index = 0, name = "piano", required = true, description = "Piano: ente/codice o codice (es. PIAO-2025)")
    String plan;

    @Argument(index = 1, name = "stato", required = true,
            description = "bozza, adottato, monitoraggio, rendicontazione, validato")
    String status;

    @Override
    public Object execute() {
        PlanStatus next;
        try {
            next = PlanStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw new CommandError(e.getMessage());
        }
        PlanSummary summary = Plans.summary(plans, plan);
        if (!summary.status().canMoveTo(next)) {
            throw new CommandError("Passaggio non ammesso: il piano " + summary.key() + " è '"
                    + summary.status().label() + "'" + (summary.status() == PlanStatus.VALIDATO
                    ? " (validato: definitivo)." : "; lo stato successivo è '"
                    + PlanStatus.values()[summary.status().ordinal() + 1].label() + "'."));
        }
        PlanSummary done = plans.updateStatus(summary.key(), next, summary.version(), Author.of(session));
        System.out.println("Piano " + done.key() + ": " + summary.status().label() + " -> " + done.status().label()
                + " (versione " + done.version() + ").");
        return null;
    }
}
