package it.albero.console.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import it.albero.api.engine.Engine;
import it.albero.api.service.EvaluationService;
import it.albero.api.spi.Finding;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.ValidationException;

/**
 * {@code albero:check [unita] [--as-of data] [--plan ...]}: runs every installed check through
 * {@link EvaluationService} and prints the findings.
 */
@Service
@Command(scope = "albero", name = "check", description = "Esegue tutti i controlli installati sul piano o su un'unità")
public class CheckCommand extends AsOfAction {

    @Reference
    EvaluationService evaluation;

    @Reference
    Engine engine;

    @Override
    protected Object run() {
        LocalDate date = asOf();
        PlanSummary summary = summary();
        List<Finding> findings;
        try {
            findings = evaluation.check(caller(), summary.key(), date, unit);
        } catch (ValidationException e) {
            throw new CommandError(e.getMessage());
        }
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
