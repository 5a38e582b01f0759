package it.albero.console.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.engine.Engine;
import it.albero.api.model.Measurement;
import it.albero.api.service.MeasurementInput;
import it.albero.api.service.MeasurementService;
import it.albero.api.store.IndicatorRef;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.ValidationException;

/**
 * {@code albero:measure}: records a measurement, or with {@code --corregge ID} the correction of an earlier one, and
 * prints its id once it is committed. The command only splits the command line: the {@code name=value} texts go as
 * they are to {@link MeasurementService}, which checks the user's unit, types them by the indicator's schema with
 * the Italian rules ({@code valore=48.000} is 48000, {@code 0,8} is 0.8, dates {@code 31/12/2025} or
 * {@code 2025-12-31}) and lets the store write. Bad input or a refusal is one Italian line and writes nothing.
 * <p>
 * Options may come before or after the {@code name=value} pairs. Karaf parses options only before the first
 * argument, so options written after the values arrive in the multi-valued {@code valori} argument: the command
 * takes them out of it itself ({@link #split}). The {@code @Option} declarations stay for help and completion.
 */
@Service
@Command(scope = "albero", name = "measure", description = "Registra una rilevazione per un indicatore (o, con"
        + " --corregge, la correzione di una precedente) e ne stampa l'id dopo il salvataggio")
public class MeasureCommand extends PlanAction {

    @Reference
    MeasurementService measurements;

    @Reference(optional = true)
    Engine engine;

    @Argument(index = 0, name = "indicatore", required = true, description = "Codice dell'indicatore (es. ENT-03.2)")
    @Completion(IndicatorCompleter.class)
    String code;

    @Argument(index = 1, name = "data", required = true, description = "Data della rilevazione, gg/mm/aaaa o"
            + " aaaa-mm-gg")
    String date;

    @Argument(index = 2, name = "valori", required = true, multiValued = true, description = "Valori nome=valore,"
            + " con i nomi del tipo e i numeri all'italiana: valore=48.000; numeratore=7 denominatore=10;"
            + " percentuale=0,8; data=31/12/2025; atto=<testo>")
    List<String> values;

    @Option(name = "--evidence", aliases = "-e", description = "Evidenza, es. \"Determina n. 123 del 12/05/2025\"")
    String evidence;

    @Option(name = "--note", aliases = "-n", description = "Nota libera")
    String note;

    @Option(name = "--corregge", aliases = "-c", description = "Id della rilevazione che questa corregge (resta in"
            + " archivio; da ora vale la correzione). albero:measurements mostra gli id")
    String corrects;

    /** The values and the options of the command line, wherever the options were written. */
    record Parsed(List<String> values, String evidence, String note, String plan, Long corrects, String ente) {
    }

    @Override
    protected Object run() {
        Parsed args = split(values, evidence, note, plan, corrects, ente);
        PlanSummary summary = Plans.summary(planService, caller(), args.ente(), args.plan());
        LocalDate day = Plans.date(date, "Data della rilevazione");
        MeasurementInput input = new MeasurementInput(code, day, pairs(args.values()), args.evidence(), args.note());
        Measurement m;
        try {
            m = args.corrects() == null ? measurements.record(caller(), summary.key(), input)
                    : measurements.correct(caller(), summary.key(), args.corrects(), input);
        } catch (ValidationException e) {
            throw new CommandError("Rilevazione non registrata: " + e.getMessage());
        }
        System.out.println("Rilevazione " + m.id() + " registrata per " + code + " (" + m.date() + ", " + m.values()
                + ")" + (m.supersedes() == null ? "" : ": corregge la " + m.supersedes()) + notTyped(summary));
        return null;
    }

    /** A warning when the indicator's type is not installed: its values were typed by their look alone. */
    private String notTyped(PlanSummary summary) {
        Optional<IndicatorRef> ref = plans.indicator(summary.key(), code);
        if (engine == null || ref.isEmpty() || engine.type(ref.get().indicator().typeId()).isPresent()) {
            return "";
        }
        return " - tipo '" + ref.get().indicator().typeId() + "' non installato: valori non controllati dal tipo";
    }

    /**
     * Takes {@code --evidence/-e}, {@code --note/-n}, {@code --plan/-p}, {@code --ente} and {@code --corregge/-c} (also as
     * {@code --evidence=TEXT}) out of the tokens that Karaf left in the values list, and merges them with the
     * options Karaf already parsed (those written before the arguments). An option given twice, or without its
     * text, is an error.
     *
     * @param tokens   the multi-valued argument as Karaf filled it
     * @param evidence {@code --evidence} as Karaf parsed it (null when not written before the arguments)
     */
    static Parsed split(List<String> tokens, String evidence, String note, String plan, String corrects,
                        String ente) {
        Map<String, String> parsed = new LinkedHashMap<>();
        parsed.put("--evidence", evidence);
        parsed.put("--note", note);
        parsed.put("--plan", plan);
        parsed.put("--corregge", corrects);
        parsed.put("--ente", ente);
        TrailingOptions t = TrailingOptions.split(tokens, OPTION_NAMES, parsed,
                "--evidence (-e), --note (-n), --plan (-p), --ente, --corregge (-c)");
        return new Parsed(t.rest(), t.options().get("--evidence"), t.options().get("--note"),
                t.options().get("--plan"), id(t.options().get("--corregge")),
                t.options().get("--ente"));
    }

    /** Every spelling of the options that may follow the values, by canonical name. */
    private static final Map<String, String> OPTION_NAMES = Map.of(
            "--evidence", "--evidence", "-e", "--evidence",
            "--note", "--note", "-n", "--note",
            "--plan", "--plan", "-p", "--plan",
            "--corregge", "--corregge", "-c", "--corregge",
            "--ente", "--ente");

    private static Long id(String text) {
        if (text == null) {
            return null;
        }
        if (!text.strip().matches("\\d{1,18}")) {
            throw new CommandError("--corregge vuole l'id della rilevazione da correggere (un numero, es. 42),"
                    + " non '" + text + "' (albero:measurements mostra gli id).");
        }
        return Long.valueOf(text.strip());
    }

    /**
     * The {@code name=value} pairs as texts, in order, for the service to type. A pair without a name, or a name
     * given twice, is refused here: that is the command line's syntax, not the values'.
     */
    static Map<String, String> pairs(List<String> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new CommandError("Valore '" + pair + "' non valido: usare nome=valore (es. valore=12).");
            }
            String name = pair.substring(0, eq).trim();
            if (out.containsKey(name)) {
                throw new CommandError("Valore '" + name + "' indicato due volte.");
            }
            out.put(name, pair.substring(eq + 1).trim());
        }
        return out;
    }
}
