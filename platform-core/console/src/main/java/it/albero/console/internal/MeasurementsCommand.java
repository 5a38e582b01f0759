package it.albero.console.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import it.albero.api.model.Measurement;
import it.albero.api.service.MeasurementService;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.ValidationException;

/**
 * {@code albero:measurements}: the measurements of an indicator as {@link MeasurementService} lists them, oldest
 * first, corrected ones included, with evidence, notes and what each corrects.
 */
@Service
@Command(scope = "albero", name = "measurements", description = "Elenca le rilevazioni di un indicatore")
public class MeasurementsCommand extends PlanAction {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Reference
    MeasurementService measurements;

    @Argument(index = 0, name = "indicatore", required = true, description = "Codice dell'indicatore (es. ENT-03.2)")
    @Completion(IndicatorCompleter.class)
    String code;

    @Override
    protected Object run() {
        PlanSummary summary = summary();
        List<Measurement> list;
        try {
            list = measurements.list(caller(), summary.key(), code);
        } catch (ValidationException e) {
            throw new CommandError(e.getMessage());
        }
        if (list.isEmpty()) {
            System.out.println("Nessuna rilevazione per " + code + ".");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Data");
        table.column("Valori").maxSize(50).wrap();
        table.column("Evidenza").maxSize(40).wrap();
        table.column("Nota").maxSize(40).wrap();
        table.column("Corregge").alignRight();
        table.column("Autore");
        table.column("Registrata il");
        for (Measurement m : list) {
            table.addRow().addContent(m.id(), m.date(), m.values(), nz(m.evidence()), nz(m.note()),
                    m.supersedes() == null ? "" : m.supersedes(), nz(m.author()),
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
