package it.albero.console.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import it.albero.api.store.PlanSummary;
import it.albero.api.store.PlanVersion;

/**
 * {@code albero:plan-versions [--plan ente/CODE]}: the saved versions of a plan (art. 10 c.3 D.Lgs 150/2009), each
 * with its whole tree kept; {@code albero:export --version N} writes one of them to a file.
 */
@Service
@Command(scope = "albero", name = "plan-versions",
        description = "Elenca le versioni salvate di un piano (variazioni in corso d'anno)")
public class PlanVersionsCommand extends PlanAction {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    @Override
    protected Object run() {
        PlanSummary s = summary();
        List<PlanVersion> versions = plans.versions(s.key());
        if (versions.isEmpty()) {
            System.out.println("Nessuna versione in archivio per " + s.key() + " (versione attuale " + s.version()
                    + "): la storia comincia dal prossimo salvataggio del piano.");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("");
        table.column("Vers.").alignRight();
        table.column("Salvata");
        table.column("Autore");
        table.column("Stato");
        table.column("Indicatori").alignRight();
        table.column("Titolo");
        int latest = versions.get(versions.size() - 1).version();
        for (PlanVersion v : versions) {
            table.addRow().addContent(v.version() == latest ? "*" : "", v.version(), WHEN.format(v.savedAt()),
                    v.author(), v.status().label(), v.indicators(), Plans.shorten(v.title(), 60));
        }
        System.out.println("Versioni del piano " + s.key() + " (attuale: versione " + s.version() + ", "
                + s.status().label() + "; * = ultimo albero salvato):");
        table.print(System.out);
        if (latest != s.version()) {
            System.out.println("Le versioni successive alla " + latest + " sono cambi di stato: l'albero è quello"
                    + " della versione " + latest + " (albero:audit li elenca).");
        }
        System.out.println("Per esportarne una: albero:export --plan " + s.key() + " --version N <file>");
        return null;
    }
}
