package it.albero.console.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import it.albero.api.model.PlanStatus;
import it.albero.api.service.PlanService;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.ValidationException;

/**
 * {@code albero:plan-status [piano] <stato>}: moves a plan along its lifecycle through {@link PlanService}, which
 * lets the performance office (and the administrator) move it up to {@code rendicontazione} and only the OIV (and
 * the administrator) validate it. The plan is the first argument, {@code --plan}, or the current one.
 */
@Service
@Command(scope = "albero", name = "plan-status",
        description = "Cambia lo stato del piano: bozza, adottato, monitoraggio, rendicontazione, validato")
public class PlanStatusCommand extends PlanAction {

    @Argument(index = 0, name = "piano", required = true, description = "Piano: ente/codice o codice (es. PIAO-2025);"
            + " se è l'unico argomento, è lo stato e il piano è quello di --plan o il corrente")
    @Completion(PlanCompleter.class)
    String first;

    @Argument(index = 1, name = "stato", description = "bozza, adottato, monitoraggio, rendicontazione, validato")
    @Completion(value = StringsCompleter.class, values = {"bozza", "adottato", "monitoraggio", "rendicontazione",
        "validato"})
    String status;

    @Override
    protected Object run() {
        String target = status == null ? first : status;
        if (status != null && plan != null) {
            throw new CommandError("Piano indicato due volte (argomento e --plan): usarne uno.");
        }
        PlanStatus next;
        try {
            next = PlanStatus.parse(target);
        } catch (IllegalArgumentException e) {
            throw new CommandError(e.getMessage());
        }
        PlanSummary summary = summary(status == null ? plan : first);
        PlanSummary done;
        try {
            done = planService.changeStatus(caller(), summary.key(), next, summary.version());
        } catch (ValidationException e) {
            throw new CommandError(e.getMessage());
        }
        System.out.println("Piano " + done.key() + ": " + summary.status().label() + " -> " + done.status().label()
                + " (versione " + done.version() + ").");
        return null;
    }
}
