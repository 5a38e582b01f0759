package it.albero.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.io.ImportProblem;
import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.service.PlanService;

/**
 * {@code albero:import <file> [--dry-run]}: imports a plan file, all or nothing, through {@link PlanService} (only the
 * performance office and the administrator may; a dry run too, since it reads a file of the server).
 */
@Service
@Command(scope = "albero", name = "import", description = "Importa un piano da un file YAML, CSV o XLSX"
        + " (tutto o niente)")
public class ImportCommand extends AlberoAction {

    @Reference
    PlanService planService;

    @Argument(index = 0, name = "file", required = true, description = "Il file: .yaml, .yml, .csv o .xlsx")
    String file;

    @Option(name = "--dry-run", aliases = "-n", description = "Verifica il file e riporta l'esito senza scrivere nulla")
    boolean dryRun;

    @Option(name = "--warnings", aliases = "-w", description = "Mostra tutti gli avvisi (di norma i primi 20)")
    boolean allWarnings;

    @Override
    protected Object run() throws IOException {
        Path path = Path.of(file).toAbsolutePath();
        PlanFormat format = PlanFormat.ofFileName(path.toString()).orElseThrow(() -> new CommandError(
                "Formato di " + path + " non riconosciuto: usare .yaml, .yml, .csv o .xlsx."));
        if (!Files.isRegularFile(path)) {
            throw new CommandError("File " + path + " non trovato: nulla è stato importato.");
        }
        ImportReport r;
        try (InputStream in = Files.newInputStream(path)) {
            r = planService.importPlan(caller(), path.toString(), format, in, dryRun);
        }
        if (!r.ok()) {
            System.out.println(r.errors().size() + (r.errors().size() == 1 ? " errore" : " errori")
                    + " in " + path + ": nulla è stato importato.");
            r.errors().forEach(System.out::println);
            printWarnings(r);
            return null;
        }
        printWarnings(r);
        var plan = r.plan();
        String what = plan.ente().code() + "/" + plan.code() + " (" + plan.title() + ", " + plan.startYear() + "-"
                + plan.endYear() + ", riferimento " + plan.referenceYear() + ")";
        if (r.dryRun()) {
            System.out.println("Verifica riuscita, nulla è stato scritto: " + what
                    + (r.replacedVersion() > 0 ? " sostituirebbe la versione " + r.replacedVersion() : " sarebbe nuovo"));
        } else {
            System.out.println("Importato " + what + ": versione " + r.version()
                    + (r.replacedVersion() > 0 ? " (sostituisce la " + r.replacedVersion() + ")" : ""));
        }
        int total = 0;
        for (Map.Entry<String, Integer> e : r.indicatorsByUnit().entrySet()) {
            System.out.println("  " + e.getKey() + ": " + e.getValue() + " indicatori");
            total += e.getValue();
        }
        System.out.println("  totale: " + plan.units().size() + " unità, " + total + " indicatori");
        printProposals(r);
        return null;
    }

    /**
     * The types the importer proposed from the text (Tipo empty in the file): on a dry run one line each, code,
     * strumento, proposed type and parameters, sure or to review with the reason; otherwise only the counts.
     */
    private void printProposals(ImportReport r) {
        if (r.proposed().isEmpty()) {
            return;
        }
        java.util.List<it.albero.api.model.Indicator> proposed = r.proposed().stream()
                .map(c -> r.plan().indicator(c)).flatMap(java.util.Optional::stream).toList();
        long toReview = proposed.stream().filter(i -> i.review() != null).count();
        System.out.println("Tipi proposti dal testo: " + proposed.size() + " (" + (proposed.size() - toReview)
                + " sicuri, " + toReview + " da rivedere)" + (r.dryRun() ? ":" : "; albero:import --dry-run li elenca"));
        if (!r.dryRun()) {
            return;
        }
        int width = proposed.stream().mapToInt(i -> i.code().length()).max().orElse(6);
        System.out.println("  " + pad("codice", width) + "  " + pad("testo", 40) + "  " + pad("tipo e parametri", 44)
                + "  esito");
        for (it.albero.api.model.Indicator i : proposed) {
            String text = i.instrument().isBlank() ? i.expectedResult() : i.instrument();
            String typed = i.typeId() + (i.parameters().isEmpty() ? "" : " " + i.parameters());
            System.out.println("  " + pad(i.code(), width) + "  " + pad(shorten(text, 40), 40) + "  "
                    + pad(shorten(typed, 44), 44) + "  " + (i.review() == null ? "sicuro" : "DA RIVEDERE: "
                    + i.review()));
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    private void printWarnings(ImportReport r) {
        if (r.warnings().isEmpty()) {
            return;
        }
        System.out.println(r.warnings().size() + (r.warnings().size() == 1 ? " avviso:" : " avvisi:"));
        int limit = allWarnings ? Integer.MAX_VALUE : 20;
        r.warnings().stream().limit(limit).map(ImportProblem::toString).forEach(w -> System.out.println("  " + w));
        if (r.warnings().size() > limit) {
            System.out.println("  ... altri " + (r.warnings().size() - limit) + " (--warnings li mostra tutti)");
        }
    }
}
