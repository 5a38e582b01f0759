package it.albero.console.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import it.albero.api.model.Measurement;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/** {@code albero:measurements}: the measurements of an indicator, oldest first, with evidence and notes. */
@Service
@Command(scope = "albero", name = "measurements", description = "Elenca le rilevazioni di un indicatore")
public class MeasurementsCommand implements Action {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Reference
    PlanStore plans;

    @Reference
    MeasurementStore measurements;

    @Argument(index = 0, name = "indicatore", required = true, description = "Codice dell'indicatore (es. ENT-03.2)")
    String code;

    @Option(name = "--plan", description = "Piano ente/codice (il piano corrente se assente)")
    String plan;

    @Override
    public Object execute() {
        PlanSummary summary = Plans.summary(plans, plan);
        List<Measurement> list = measurements.list(summary.key(), code);
        if (list.isEmpty()) {
            if (plans.indicator(summary.key(), code).isEmpty()) {
                throw new CommandError("Indicatore '" + code + "' non presente nel piano " + summary.key() + ".");
            }
            System.out.println("Nessuna rilevazione per " + code + ".");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Data");
        table.column("Valori").maxSize(50).wrap();
        table.column("Evidenza").maxSize(40).wrap();
        table.column("Nota").maxSize(40).wrap();
        table.column("Autore");
        table.column("Registrata il");
        for (Measurement m : list) {
            table.addRow().addContent(m.id(), m.date(), m.values(), nz(m.evidence()), nz(m.note()), nz(m.author()),
                    m.recordedAt() == null ? "" : WHEN.format(m.recordedAt()));
        }
        table.print(System.out);
        System.out.println(list.size() + " rilevazioni per " + code + ".");
        return null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
