package it.albero.console.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.feed.FeedProblem;
import it.albero.api.feed.FeedReport;
import it.albero.api.feed.FeedService;
import it.albero.api.feed.SourceInfo;

/**
 * {@code albero:feed [<source> <file>] [--dry-run]}: feeds a file of the server through a source, all or nothing;
 * without arguments, lists the installed sources.
 */
@Service
@Command(scope = "albero", name = "feed", description = "Acquisisce le rilevazioni da un file tramite una fonte"
        + " (senza argomenti: elenca le fonti installate)")
public class FeedCommand extends PlanAction {

    @Reference
    FeedService feeds;

    @Argument(index = 0, name = "fonte", description = "La fonte, es. core.rilevazioni o finanziario.fatture")
    String source;

    @Argument(index = 1, name = "file", description = "Il file: .csv (UTF-8) o .xlsx")
    String file;

    @Option(name = "--dry-run", aliases = "-n", description = "Verifica il file e riporta l'esito senza registrare")
    boolean dryRun;

    @Override
    protected Object run() throws IOException {
        if (source == null) {
            List<SourceInfo> all = feeds.sources();
            if (all.isEmpty()) {
                System.out.println("Nessuna fonte installata.");
            }
            for (SourceInfo s : all) {
                System.out.println(s.id() + " (" + s.module() + "): " + s.label());
                System.out.println("    colonne: " + String.join("; ", s.columns()));
            }
            return null;
        }
        if (file == null) {
            throw new CommandError("Indicare il file da acquisire: albero:feed " + source + " <file> [--dry-run].");
        }
        Path path = Path.of(file).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new CommandError("File " + path + " non trovato: nulla è stato acquisito.");
        }
        FeedReport r = feeds.feed(caller(), summary().key(), source, path.getFileName().toString(),
                Files.readAllBytes(path), dryRun);
        print(r);
        return null;
    }

    static void print(FeedReport r) {
        if (!r.ok()) {
            System.out.println(r.errors().size() + (r.errors().size() == 1 ? " errore" : " errori") + " in "
                    + r.file() + ": nulla è stato registrato.");
            r.errors().stream().map(FeedProblem::toString).forEach(System.out::println);
        } else if (r.duplicate()) {
            System.out.println("File " + r.file() + " già acquisito con lo stesso contenuto: nessuna rilevazione"
                    + " registrata.");
        } else {
            System.out.println((r.dryRun() ? "Verifica riuscita, nulla è stato scritto: " : "Acquisito ") + r.file()
                    + " (" + r.source() + "): " + r.recorded() + (r.recorded() == 1 ? " rilevazione" : " rilevazioni")
                    + (r.corrected() > 0 ? ", di cui " + r.corrected() + " correzioni di una versione precedente" : ""));
            for (Map.Entry<String, Integer> e : r.byIndicator().entrySet()) {
                System.out.println("  " + e.getKey() + ": " + e.getValue());
            }
        }
        if (!r.warnings().isEmpty()) {
            System.out.println(r.warnings().size() + (r.warnings().size() == 1 ? " avviso:" : " avvisi:"));
            r.warnings().forEach(w -> System.out.println("  " + w));
        }
    }
}
