package it.albero.console.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import it.albero.api.report.Report;
import it.albero.api.report.ReportFormat;
import it.albero.api.report.ReportKind;
import it.albero.api.report.ReportService;
import it.albero.api.service.NotFoundException;
import it.albero.api.store.PlanSummary;

/**
 * {@code albero:report <relazione|monitoraggio> --format pdf|xlsx|csv [--as-of DATE] [--unit CODE] [--plan ente/CODE]
 * <file>}: writes the Relazione sulla performance or the monitoring of a plan to a file.
 */
@Service
@Command(scope = "albero", name = "report",
        description = "Scrive la Relazione sulla performance o il monitoraggio in un file PDF, XLSX o CSV (dati aperti)")
public class ReportCommand extends PlanAction {

    @Reference
    ReportService reports;

    @Option(name = "--format", aliases = "-f", description = "pdf, xlsx o csv (di norma dall'estensione del file)")
    @Completion(value = StringsCompleter.class, values = {"pdf", "xlsx", "csv"})
    String format;

    @Option(name = "--as-of", aliases = "-d", description = "Data della valutazione, gg/mm/aaaa o aaaa-mm-gg (di norma:"
            + " 31/12 dell'anno di riferimento per la relazione, oggi per il monitoraggio)")
    String asOf;

    @Option(name = "--unit", aliases = "-u", description = "Solo questa unità (es. ENT)")
    @Completion(UnitCompleter.class)
    String unit;

    @Argument(index = 0, name = "tipo", required = true, description = "relazione o monitoraggio")
    @Completion(value = StringsCompleter.class, values = {"relazione", "monitoraggio"})
    String kind;

    @Argument(index = 1, name = "file", required = true, multiValued = true,
            description = "Il file da scrivere (sostituito se esiste); le opzioni possono anche seguire il tipo")
    List<String> rest;

    /** Set by {@link #run} from {@link #rest}: the file to write. */
    String file;

    /** Every spelling of the options that may follow the type, by canonical name. */
    private static final Map<String, String> OPTION_NAMES = Map.of(
            "--format", "--format", "-f", "--format",
            "--as-of", "--as-of", "-d", "--as-of",
            "--unit", "--unit", "-u", "--unit",
            "--plan", "--plan", "-p", "--plan",
            "--ente", "--ente");

    @Override
    protected Object run() throws IOException {
        Map<String, String> parsed = new LinkedHashMap<>();
        parsed.put("--format", format);
        parsed.put("--as-of", asOf);
        parsed.put("--unit", unit);
        parsed.put("--plan", plan);
        parsed.put("--ente", ente);
        TrailingOptions t = TrailingOptions.split(rest, OPTION_NAMES, parsed,
                "--format (-f), --as-of (-d), --unit (-u), --plan (-p), --ente");
        if (t.rest().size() != 1) {
            throw new CommandError("Indicare un solo file da scrivere, non " + t.rest() + ".");
        }
        file = t.rest().get(0);
        format = t.options().get("--format");
        asOf = t.options().get("--as-of");
        unit = t.options().get("--unit");
        plan = t.options().get("--plan");
        ente = t.options().get("--ente");
        ReportKind k;
        ReportFormat f;
        try {
            k = ReportKind.parse(kind);
            f = format != null ? ReportFormat.parse(format) : ReportFormat.parse(extension(file));
        } catch (IllegalArgumentException e) {
            throw new CommandError(e.getMessage() + ".");
        }
        PlanSummary s = summary();
        Report r;
        try {
            r = reports.build(caller(), s.key(), k, Plans.date(asOf, "--as-of"), unit);
        } catch (NotFoundException e) {
            throw new CommandError(e.getMessage());
        }
        Path path = Path.of(file).toAbsolutePath();
        Path parent = path.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // written beside the target and moved into place: a failed report never leaves half a file
        Path tmp = Files.createTempFile(parent, ".albero-report", ".tmp");
        long start = System.nanoTime();
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                r.write(f, out);
            }
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(k.title() + " " + s.key() + " (versione " + r.planVersion() + ", " + r.planStatus().label()
                + ", valutazione al " + it.albero.api.spi.Texts.date(r.asOf())
                + (r.unitCode() == null ? "" : ", unità " + r.unitCode()) + ") scritta in " + path + " ("
                + f.id() + ", " + Files.size(path) + " byte, " + ms + " ms)");
        return null;
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("formato non indicato: usare --format pdf|xlsx|csv");
        }
        return file.substring(dot + 1);
    }
}
