package it.albero.console.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import it.albero.api.engine.Engine;
import it.albero.api.model.Plan;
import it.albero.api.spi.Finding;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/** {@code albero:check}: runs every installed check and prints the findings. */
@Service
@Command(scope = "albero", name = "check", description = "Esegue tutti i controlli installati sul piano o su un'unità")
public class CheckCommand implements Action {

    @Reference
    Engine engine;

    @Reference
    PlanStore plans;

    @Reference
    MeasurementStore measurements;

    @Argument(index = 0, name = "unita", description = "Codice dell'unità (es. ENT); tutto il piano se assente")
    String unit;

    @Option(name = "--as-of", description = "Data del controllo aaaa-mm-gg (oggi se assente)")
    String asOf;

    @Option(name = "--plan", description = "Piano ente/codice (il piano corrente se assente)")
    String plan;

    @Override
    public Object execute() {
        LocalDate date = Plans.date(asOf, "--as-of");
        PlanSummary summary = Plans.summary(plans, plan);
        Plan p = Plans.load(plans, summary);
        if (unit != null && p.unit(unit).isEmpty()) {
            throw new CommandError("Unità '" + unit + "' non presente nel piano " + summary.key() + ".");
        }
        var findings = engine.check(p, measurements.source(summary.key()), date, unit);
        if (findings.isEmpty()) {
            System.out.println("Nessun rilievo (" + engine.checks().size() + " controlli eseguiti).");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Gravità");
        table.column("Dove");
        table.column("Controllo");
        table.column("Rilievo").maxSize(120).wrap();
        for (Finding f : findings) {
            table.addRow().addContent(f.severity().label(), f.location(), f.checkId(), f.message());
        }
        table.print(System.out);
        System.out.println(findings.size() + " rilievi da " + engine.checks().size() + " controlli.");
        return null;
    }
}
