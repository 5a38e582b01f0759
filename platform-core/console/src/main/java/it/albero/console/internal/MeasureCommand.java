package it.albero.console.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import it.albero.api.engine.Engine;
import it.albero.api.model.Measurement;
import it.albero.api.model.Values;
import it.albero.api.spi.Field;
import it.albero.api.spi.IndicatorType;
import it.albero.api.store.IndicatorRef;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.ValidationException;

/**
 * {@code albero:measure}: records a measurement and prints its id once it is committed. The values are checked
 * by the store: indicator in the plan, date within the plan's years and, when the type is installed, the type's
 * measurement schema. Bad input gets one Italian line and writes nothing.
 * <p>
 * Options may come before or after the {@code name=value} pairs. Karaf parses options only before the first
 * argument, so options written after the values arrive in the multi-valued {@code valori} argument: the command
 * takes them out of it itself ({@link #split}). The {@code @Option} declarations stay for help and completion.
 */
@Service
@Command(scope = "albero", name = "measure", description = "Registra una rilevazione per un indicatore e ne"
        + " stampa l'id dopo il salvataggio")
public class MeasureCommand implements Action {

    @Reference
    PlanStore plans;

    @Reference
    MeasurementStore measurements;

    @Reference(optional = true)
    Engine engine;

    @Reference
    Session session;

    @Argument(index = 0, name = "indicatore", required = true, description = "Codice dell'indicatore (es. ENT-03.2)")
    String code;

    @Argument(index = 1, name = "data", required = true, description = "Data della rilevazione aaaa-mm-gg")
    String date;

    @Argument(index = 2, name = "valori", required = true, multiValued = true, description = "Valori nome=valore,"
            + " con i nomi del tipo: valore=<n>; numeratore=<n> denominatore=<n>; data=<aaaa-mm-gg>; atto=<testo>")
    List<String> values;

    @Option(name = "--evidence", aliases = "-e", description = "Evidenza, es. \"Determina n. 123 del 12/05/2025\"")
    String evidence;

    @Option(name = "--note", aliases = "-n", description = "Nota libera")
    String note;

    @Option(name = "--plan", description = "Piano ente/codice (il piano corrente se assente)")
    String plan;

    /** The values and the options of the command line, wherever the options were written. */
    record Parsed(List<String> values, String evidence, String note, String plan) {
    }

    @Override
    public Object execute() {
        Parsed args = split(values, evidence, note, plan);
        PlanSummary summary = Plans.summary(plans, args.plan());
        LocalDate day = parseDate(date);
        IndicatorRef ref = plans.indicator(summary.key(), code).orElseThrow(() -> new CommandError(
                "Indicatore '" + code + "' non presente nel piano " + summary.key() + "."));
        Optional<IndicatorType> type = engine == null ? Optional.empty() : engine.type(ref.indicator().typeId());
        Values parsed = parse(args.values(), type);
        Measurement m = new Measurement(0, code, day, parsed, args.evidence(), args.note(), Author.of(session),
                null);
        long id;
        try {
            id = measurements.record(summary.key(), m);
        } catch (ValidationException e) {
            throw new CommandError("Rilevazione non registrata: " + e.getMessage());
        }
        System.out.println("Rilevazione " + id + " registrata per " + code + " (" + day + ", " + parsed + ")"
                + (type.isEmpty() ? " - tipo '" + ref.indicator().typeId() + "' non installato: valori non"
                + " controllati dal tipo" : ""));
        return null;
    }

    /**
     * Takes {@code --evidence/-e}, {@code --note/-n} and {@code --plan} (also as {@code --evidence=TEXT}) out of
     * the tokens that Karaf left in the values list, and merges them with the options Karaf already parsed (those
     * written before the arguments). An option given twice, or without its text, is an error.
     *
     * @param tokens   the multi-valued argument as Karaf filled it
     * @param evidence {@code --evidence} as Karaf parsed it (null when not written before the arguments)
     */
    static Parsed split(List<String> tokens, String evidence, String note, String plan) {
        Map<String, String> options = new LinkedHashMap<>();
        put(options, "--evidence", evidence);
        put(options, "--note", note);
        put(options, "--plan", plan);
        List<String> rest = new ArrayList<>();
        List<String> in = tokens == null ? List.of() : tokens;
        for (int i = 0; i < in.size(); i++) {
            String token = in.get(i);
            String name = token;
            String inline = null;
            int eq = token.indexOf('=');
            if (token.startsWith("-") && eq > 0) {
                name = token.substring(0, eq);
                inline = token.substring(eq + 1);
            }
            String option = OPTION_NAMES.get(name);
            if (option == null) {
                if (eq < 0 && token.matches("--?[A-Za-z].*")) {
                    throw new CommandError("Opzione sconosciuta '" + token + "': ammesse --evidence (-e),"
                            + " --note (-n), --plan.");
                }
                rest.add(token);
                continue;
            }
            String text = inline;
            if (text == null) {
                if (i + 1 >= in.size()) {
                    throw new CommandError("Manca il testo dopo " + token + ".");
                }
                text = in.get(++i);
            }
            if (options.containsKey(option)) {
                throw new CommandError("Opzione " + option + " indicata due volte.");
            }
            options.put(option, text);
        }
        return new Parsed(List.copyOf(rest), options.get("--evidence"), options.get("--note"), options.get("--plan"));
    }

    /** Every spelling of the options that may follow the values, by canonical name. */
    private static final Map<String, String> OPTION_NAMES = Map.of(
            "--evidence", "--evidence", "-e", "--evidence",
            "--note", "--note", "-n", "--note",
            "--plan", "--plan");

    private static void put(Map<String, String> options, String name, String value) {
        if (value != null) {
            options.put(name, value);
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new CommandError("Data non valida '" + text + "': usare aaaa-mm-gg (es. 2025-06-30).");
        }
    }

    /** name=value pairs, typed by the type's measurement schema when installed, by their look otherwise. */
    static Values parse(List<String> pairs, Optional<IndicatorType> type) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new CommandError("Valore '" + pair + "' non valido: usare nome=valore (es. valore=12).");
            }
            String name = pair.substring(0, eq).trim();
            String raw = pair.substring(eq + 1).trim();
            if (out.containsKey(name)) {
                throw new CommandError("Valore '" + name + "' indicato due volte.");
            }
            Optional<Field.Kind> kind = type.flatMap(t -> t.measurement().field(name)).map(Field::kind);
            out.put(name, typed(name, raw, kind.orElse(null)));
        }
        return Values.of(out);
    }

    private static Object typed(String name, String raw, Field.Kind kind) {
        if (kind == null) {
            Object number = number(raw);
            if (number != null) {
                return number;
            }
            return raw.matches("\\d{4}-\\d{2}-\\d{2}") ? dateOrText(raw) : raw;
        }
        return switch (kind) {
            case NUMERO, INTERO, PERCENTUALE -> {
                Object n = number(raw);
                if (n == null) {
                    throw new CommandError("'" + name + "' deve essere un numero, non '" + raw + "'.");
                }
                yield n;
            }
            case DATA -> {
                try {
                    yield LocalDate.parse(raw);
                } catch (DateTimeParseException e) {
                    throw new CommandError("'" + name + "' deve essere una data aaaa-mm-gg, non '" + raw + "'.");
                }
            }
            default -> raw;
        };
    }

    private static Object number(String raw) {
        if (!raw.matches("[-+]?\\d+([.,]\\d+)?")) {
            return null;
        }
        return new BigDecimal(raw.replace(',', '.'));
    }

    private static Object dateOrText(String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return raw;
        }
    }
}
