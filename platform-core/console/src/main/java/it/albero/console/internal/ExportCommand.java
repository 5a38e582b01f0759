package it.albero.console.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import it.albero.api.io.PlanExporter;
import it.albero.api.io.PlanFormat;
import it.albero.api.model.Plan;
import it.albero.api.store.PlanSummary;

/**
 * {@code albero:export [--format csv|xlsx|yaml] [--plan ente/CODE] [--version N] <file>}: writes a stored plan, or
 * one of its earlier versions, to a file.
 */
@Service
@Command(scope = "albero", name = "export", description = "Esporta un piano in un file YAML, CSV o XLSX")
public class ExportCommand extends PlanAction {

    @Reference
    PlanExporter exporter;

    @Option(name = "--format", aliases = "-f", description = "yaml, csv o xlsx (di norma dall'estensione del file)")
    @Completion(value = StringsCompleter.class, values = {"yaml", "csv", "xlsx"})
    String format;

    @Option(name = "--version", aliases = "-v",
            description = "Una versione precedente del piano (di norma quella attuale; albero:plan-versions le elenca)")
    Integer version;

    @Argument(index = 0, name = "file", required = true, description = "Il file da scrivere (sostituito se esiste)")
    String file;

    @Override
    protected Object run() throws IOException {
        PlanFormat f;
        try {
            f = format != null ? PlanFormat.parse(format) : PlanFormat.ofFileName(file).orElseThrow(
                    () -> new IllegalArgumentException("formato non indicato: usare --format yaml|csv|xlsx"));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
            return null;
        }
        PlanSummary s = summary();
        Plan p = version == null ? Plans.load(plans, s) : plans.load(s.key(), version).orElseThrow(
                () -> new CommandError("Versione " + version + " del piano " + s.key() + " non in archivio"
                        + " (albero:plan-versions --plan " + s.key() + " elenca quelle salvate)."));
        Path path = Path.of(file).toAbsolutePath();
        exporter.export(p, f, path);
        System.out.println("Esportato " + s.key() + " (versione " + p.version()
                + (p.version() == s.version() ? "" : ", precedente; attuale " + s.version()) + ", " + p.units().size() + " unità, "
                + p.indicators().size() + " indicatori) in " + path + " (" + f.id() + ")");
        return null;
    }
}
