package it.albero.console.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import it.albero.api.service.PlanService;
import it.albero.api.store.PlanSummary;

/** {@code albero:plans}: the stored plans; the current one is marked. */
@Service
@Command(scope = "albero", name = "plans", description = "Elenca i piani in archivio (* = corrente)")
public class PlansCommand extends AlberoAction {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    @Reference
    PlanService planService;

    @Override
    protected Object run() {
        var plans = planService.plans(caller());
        if (plans.isEmpty()) {
            System.out.println("Nessun piano in archivio: importarne uno con albero:import <file>.");
            return null;
        }
        var current = planService.current(caller()).map(PlanSummary::key).orElse(null);
        ShellTable table = new ShellTable();
        table.column("");
        table.column("Ente");
        table.column("Piano");
        table.column("Titolo");
        table.column("Triennio");
        table.column("Rif.").alignRight();
        table.column("Stato");
        table.column("Vers.").alignRight();
        table.column("Indicatori").alignRight();
        table.column("Salvato");
        for (PlanSummary p : plans) {
            table.addRow().addContent(p.key().equals(current) ? "*" : "", p.ente().code(), p.code(), p.title(),
                    p.startYear() + "-" + p.endYear(), p.referenceYear(), p.status().label(), p.version(),
                    p.indicators(), p.savedAt() == null ? "" : WHEN.format(p.savedAt()));
        }
        table.print(System.out);
        return null;
    }
}
