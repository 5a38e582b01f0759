package it.albero.console.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.model.ScoreOverride;
import it.albero.api.service.PlanService;
import it.albero.api.spi.Texts;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.ValidationException;
import it.albero.api.text.ItalianNumbers;

/**
 * {@code albero:override}: the OIV / performance office overrides the score of a unit, objective or indicator
 * with a mandatory note ({@code albero:override ENT-01 85 --note "..."}), or removes the override
 * ({@code albero:override --clear ENT-01 --note "..."}). {@link PlanService} lets only the OIV and the
 * administrator do it; the store checks the node, the range and the plan's status and writes both to the audit
 * trail; {@code albero:eval} shows the override beside the computed value.
 * <p>
 * Karaf reads options only before the first argument, so the arguments are one multi-valued list and the
 * options written after them ({@code --note}, {@code --plan}, {@code --clear}) are taken out of it here.
 */
@Service
@Command(scope = "albero", name = "override", description = "Rettifica (OIV / ufficio performance) il punteggio"
        + " di un'unità, obiettivo o indicatore, con nota obbligatoria; --clear la annulla")
public class OverrideCommand extends PlanAction {

    @Argument(index = 0, name = "nodo punteggio", multiValued = true, description = "Codice del nodo (es. ENT-01)"
            + " e punteggio in % (es. 85 o 85,5; il segno % solo tra apici: '85%'); con --clear solo il codice")
    @Completion(NodeCompleter.class)
    List<String> args;

    @Option(name = "--note", aliases = "-n", description = "Motivo della rettifica (obbligatorio)")
    String note;

    @Option(name = "--clear", description = "Annulla la rettifica del nodo: torna a valere il valore calcolato")
    boolean clear;

    /** What the command line asks for. */
    record Request(String code, Double score, String note, String plan, boolean clear, String ente) {
    }

    @Override
    protected Object run() {
        Request r = parse(args, note, plan, clear, ente);
        PlanSummary summary = Plans.summary(planService, caller(), r.ente(), r.plan());
        try {
            if (r.clear()) {
                planService.clearOverride(caller(), summary.key(), r.code(), r.note());
                System.out.println("Rettifica di " + r.code() + " annullata nel piano " + summary.key()
                        + ": torna a valere il valore calcolato.");
            } else {
                ScoreOverride o = planService.override(caller(), summary.key(), r.code(), r.score(), r.note());
                System.out.println("Rettifica registrata nel piano " + summary.key() + ": " + o.code() + " = "
                        + Texts.percent(o.score()) + " (" + o.author() + ", nota: " + Plans.shorten(o.note(), 120)
                        + "). albero:eval la mostra accanto al valore calcolato.");
            }
        } catch (ValidationException e) {
            throw new CommandError((r.clear() ? "Rettifica non annullata: " : "Rettifica non registrata: ")
                    + e.getMessage());
        }
        return null;
    }

    private static final Map<String, String> OPTIONS = Map.of("--note", "--note", "-n", "--note", "--plan", "--plan",
            "-p", "--plan", "--ente", "--ente");

    /**
     * Reads the command line: positional code and score, options before the arguments (as Karaf parsed them) or
     * after them (left by Karaf in {@code tokens}). Every problem is one Italian line and nothing is written.
     */
    static Request parse(List<String> tokens, String note, String plan, boolean clear, String ente) {
        List<String> positional = new ArrayList<>();
        List<String> in = tokens == null ? List.of() : tokens;
        for (int i = 0; i < in.size(); i++) {
            String token = in.get(i);
            if (token.equals("--clear")) {
                clear = true;
                continue;
            }
            int eq = token.indexOf('=');
            String name = token.startsWith("-") && eq > 0 ? token.substring(0, eq) : token;
            String option = OPTIONS.get(name);
            if (option == null) {
                if (token.matches("--?[A-Za-z].*")) {
                    throw new CommandError("Opzione sconosciuta '" + token + "': ammesse --note (-n), --plan (-p),"
                            + " --ente, --clear.");
                }
                positional.add(token);
                continue;
            }
            String value;
            if (eq > 0 && token.startsWith("-")) {
                value = token.substring(eq + 1);
            } else if (i + 1 < in.size()) {
                value = in.get(++i);
            } else {
                throw new CommandError("Opzione " + option + " senza testo.");
            }
            if (option.equals("--note")) {
                if (note != null) {
                    throw new CommandError("Opzione --note indicata due volte.");
                }
                note = value;
            } else if (option.equals("--ente")) {
                if (ente != null) {
                    throw new CommandError("Opzione --ente indicata due volte.");
                }
                ente = value;
            } else {
                if (plan != null) {
                    throw new CommandError("Opzione --plan indicata due volte.");
                }
                plan = value;
            }
        }
        String usage = clear ? "albero:override --clear <codice> --note \"motivo\""
                : "albero:override <codice> <punteggio-%> --note \"motivo\"";
        int expected = clear ? 1 : 2;
        if (positional.size() != expected) {
            throw new CommandError((positional.isEmpty() ? "Codice del nodo mancante" : positional.size() < expected
                    ? "Punteggio mancante" : "Troppi argomenti (" + String.join(" ", positional) + ")")
                    + ": usare " + usage + ".");
        }
        if (note == null || note.isBlank()) {
            throw new CommandError("Nota obbligatoria: indicare il motivo " + (clear ? "dell'annullamento"
                    : "della rettifica") + " con --note \"...\" (nulla è stato registrato).");
        }
        Double score = clear ? null : percent(positional.get(1));
        return new Request(positional.get(0), score, note.strip(), plan, clear, ente);
    }

    /**
     * "85", "85,5", "85%" -> 0.85, 0.855, 0.85 (Italian numbers: {@link ItalianNumbers}); between 0 and 100. The
     * console's parser reads a bare {@code 85%} as an expression, so at the console the sign needs quotes.
     */
    static double percent(String text) {
        String t = text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        BigDecimal p;
        try {
            p = ItalianNumbers.parse(t);
        } catch (IllegalArgumentException e) {
            throw new CommandError("Punteggio non valido: " + e.getMessage() + "; indicare una percentuale da 0 a"
                    + " 100 (es. 85 o 85,5).");
        }
        if (p.signum() < 0) {
            throw new CommandError("Punteggio non valido '" + text + "': indicare una percentuale da 0 a 100"
                    + " (es. 85 o 85,5).");
        }
        if (p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new CommandError("Punteggio " + text + " oltre il 100%: indicare una percentuale da 0 a 100.");
        }
        return p.movePointLeft(2).doubleValue();
    }
}
