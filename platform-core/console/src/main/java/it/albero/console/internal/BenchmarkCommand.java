package it.albero.console.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import it.albero.api.service.Benchmark;
import it.albero.api.service.BenchmarkEntry;
import it.albero.api.service.BenchmarkService;
import it.albero.api.service.UnitBenchmark;
import it.albero.api.spi.Texts;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.ValidationException;

/**
 * {@code albero:benchmark <indicatore> | --unit CODICE [--as-of data] [--plan ...] [--ente ...]}: where the ente
 * stands among the enti that share the indicator (or the unit), through {@link BenchmarkService}: a table by rank,
 * the enti without data apart, and the quartiles.
 */
@Service
@Command(scope = "albero", name = "benchmark", description = "Confronta un indicatore o un'unità con gli altri enti:"
        + " rango, quartili, enti senza dati")
public class BenchmarkCommand extends PlanAction {

    @Reference
    BenchmarkService benchmarks;

    @Argument(index = 0, name = "indicatore", multiValued = true, description = "Codice dell'indicatore (es."
            + " ENT-01.1); in alternativa --unit. Le opzioni possono anche seguire il codice")
    @Completion(IndicatorCompleter.class)
    List<String> rest;

    /** Set by {@link #run} from {@link #rest}: the indicator code, or null. */
    String indicator;

    /** Every spelling of the options that may follow the code, by canonical name. */
    private static final Map<String, String> OPTION_NAMES = Map.of(
            "--as-of", "--as-of", "-d", "--as-of",
            "--unit", "--unit", "-u", "--unit",
            "--plan", "--plan", "-p", "--plan",
            "--ente", "--ente");

    @Option(name = "--unit", aliases = "-u", description = "Confronta l'unità (es. ENT) con la stessa unità degli"
            + " altri enti, e la posizione di ogni suo indicatore")
    @Completion(UnitCompleter.class)
    String unit;

    @Option(name = "--as-of", aliases = "-d", description = "Data di riferimento, gg/mm/aaaa o aaaa-mm-gg"
            + " (oggi se assente)")
    String asOf;

    @Override
    protected Object run() {
        Map<String, String> parsed = new LinkedHashMap<>();
        parsed.put("--as-of", asOf);
        parsed.put("--unit", unit);
        parsed.put("--plan", plan);
        parsed.put("--ente", ente);
        TrailingOptions t = TrailingOptions.split(rest, OPTION_NAMES, parsed,
                "--as-of (-d), --unit (-u), --plan (-p), --ente");
        if (t.rest().size() > 1) {
            throw new CommandError("Indicare un solo indicatore, non " + t.rest() + ".");
        }
        indicator = t.rest().isEmpty() ? null : t.rest().get(0);
        asOf = t.options().get("--as-of");
        unit = t.options().get("--unit");
        plan = t.options().get("--plan");
        ente = t.options().get("--ente");
        if ((indicator == null) == (unit == null)) {
            throw new CommandError("Indicare il codice di un indicatore oppure --unit CODICE (non entrambi),"
                    + " es. albero:benchmark ENT-01.1 o albero:benchmark --unit ENT.");
        }
        LocalDate date = Plans.date(asOf, "--as-of");
        PlanSummary summary = summary();
        try {
            if (indicator != null) {
                Benchmark b = benchmarks.indicator(caller(), summary.key(), indicator, date);
                System.out.println("Confronto tra enti dell'indicatore " + indicator + " (" + b.group() + "), piani "
                        + b.referenceYear() + ", al " + Texts.date(b.asOf()) + ".");
                print(b, summary);
            } else {
                UnitBenchmark u = benchmarks.unit(caller(), summary.key(), unit, date);
                Benchmark b = u.unit();
                System.out.println("Confronto tra enti dell'unità " + unit + ", piani " + b.referenceYear() + ", al "
                        + Texts.date(b.asOf()) + " (enti simili: tutti gli enti con un piano dello stesso anno).");
                print(b, summary);
                positions(u.indicators());
            }
        } catch (ValidationException e) {
            throw new CommandError(e.getMessage());
        }
        return null;
    }

    private static void print(Benchmark b, PlanSummary summary) {
        System.out.println(b.measure().equals(Benchmark.VALUE)
                ? "Confronto sul valore misurato" + (b.unitOfMeasure().isEmpty() ? "" : " (" + b.unitOfMeasure() + ")")
                        + ": " + (b.lowerIsBetter() ? "più basso è meglio." : "più alto è meglio.")
                : "Confronto sul punteggio (%): più alto è meglio.");
        ShellTable table = new ShellTable();
        table.column("Rango");
        table.column("Ente");
        table.column("Codice");
        table.column("Valore");
        table.column("Punteggio");
        table.column("Stato");
        for (BenchmarkEntry e : b.entries()) {
            row(table, e, b);
        }
        for (BenchmarkEntry e : b.withoutData()) {
            row(table, e, b);
        }
        table.print(System.out);
        if (b.n() == 0) {
            System.out.println("Nessun ente con dati su " + b.enti() + ".");
        } else {
            System.out.println(b.n() + " enti con dati su " + b.enti() + ": minimo " + value(b.min(), b) + ", Q1 "
                    + value(b.q1(), b) + ", mediana " + value(b.median(), b) + ", Q3 " + value(b.q3(), b)
                    + ", massimo " + value(b.max(), b) + ".");
        }
        if (!b.withoutData().isEmpty()) {
            System.out.println(b.withoutData().size() == 1 ? "1 ente senza dati alla data, escluso da ranghi e quartili."
                    : b.withoutData().size() + " enti senza dati alla data, esclusi da ranghi e quartili.");
        }
        BenchmarkEntry own = b.position();
        if (own != null) {
            System.out.println(own.rank() == null
                    ? summary.ente().name() + ": nessun dato alla data."
                    : summary.ente().name() + ": " + own.rank() + "° su " + b.n() + " (" + value(own.value(), b) + ", "
                            + quartile(own.value(), b) + ").");
        }
    }

    private static void positions(List<Benchmark> indicators) {
        if (indicators.isEmpty()) {
            return;
        }
        System.out.println();
        System.out.println("Posizione di ogni indicatore dell'unità:");
        ShellTable table = new ShellTable();
        table.column("Indicatore");
        table.column("Confronto");
        table.column("Valore");
        table.column("Rango");
        table.column("Mediana");
        table.column("Quartile");
        for (Benchmark b : indicators) {
            BenchmarkEntry own = b.position();
            boolean data = own != null && own.rank() != null;
            table.addRow().addContent(b.subject(), b.group(), data ? value(own.value(), b) : "dati mancanti",
                    data ? own.rank() + "° su " + b.n() : "-", b.n() == 0 ? "-" : value(b.median(), b),
                    data ? quartile(own.value(), b) : "-");
        }
        table.print(System.out);
    }

    private static void row(ShellTable table, BenchmarkEntry e, Benchmark b) {
        String name = e.anonymous() ? BenchmarkEntry.OTHER_ENTE : e.enteName() + " (" + e.enteCode() + ")";
        table.addRow().addContent(e.rank() == null ? "-" : e.rank(), (e.own() ? "> " : "") + name,
                e.code() == null ? "" : e.code(), e.value() == null ? "dati mancanti" : value(e.value(), b),
                e.score() == null ? "" : Texts.percent(e.score()), e.status() == null ? "" : e.status().label());
    }

    /** A value the Italian way, two decimals at most, with its unit. */
    static String value(Double v, Benchmark b) {
        if (v == null) {
            return "-";
        }
        String n = Texts.number(new java.math.BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP));
        String u = b.unitOfMeasure();
        return u.isEmpty() ? n : u.equals("%") ? n + "%" : n + " " + u;
    }

    /** Where a value falls among the quartiles, in the direction of "better". */
    static String quartile(Double v, Benchmark b) {
        if (v == null || b.n() == 0) {
            return "-";
        }
        int q = v <= b.q1() ? 1 : v <= b.median() ? 2 : v <= b.q3() ? 3 : 4;
        int best = b.lowerIsBetter() ? 5 - q : q;
        return switch (best) {
            case 4 -> "quartile migliore";
            case 3 -> "sopra la mediana";
            case 2 -> "sotto la mediana";
            default -> "quartile peggiore";
        };
    }
}
