package it.albero.console.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.engine.Engine;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Plan;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/**
 * {@code albero:eval}: every node of the tree with code, score, status and explanation, as of a date. The plan's
 * overrides in force are applied: an overridden node shows "[rettificato]" and its computed value beside the
 * effective one.
 */
@Service
@Command(scope = "albero", name = "eval", description = "Valuta l'albero (o un'unità) a una data")
public class EvalCommand implements Action {

    @Reference
    Engine engine;

    @Reference
    PlanStore plans;

    @Reference
    MeasurementStore measurements;

    @Reference
    OverrideStore overrides;

    @Argument(index = 0, name = "unita", description = "Codice dell'unità (es. ENT); tutto il piano se assente")
    String unit;

    @Option(name = "--as-of", description = "Data della valutazione aaaa-mm-gg (oggi se assente)")
    String asOf;

    @Option(name = "--plan", description = "Piano ente/codice (il piano corrente se assente)")
    String plan;

    @Override
    public Object execute() {
        LocalDate date = Plans.date(asOf, "--as-of");
        PlanSummary summary = Plans.summary(plans, plan);
        Plan p = Plans.load(plans, summary);
        NodeEvaluation tree = engine.evaluate(p, measurements.source(summary.key()), date,
                overrides.active(summary.key()));
        NodeEvaluation root = tree;
        if (unit != null) {
            root = tree.children().stream().filter(n -> n.code().equals(unit)).findFirst()
                    .orElseThrow(() -> new CommandError("Unità '" + unit + "' non presente nel piano " + summary.key()
                            + " (albero:tree elenca i codici)."));
        }
        System.out.println("Valutazione al " + it.albero.api.spi.Texts.date(date) + " - " + summary.ente().name()
                + ", " + summary.title() + " (" + summary.status().label() + ")");
        print(root, 0);
        return null;
    }

    private static void print(NodeEvaluation n, int depth) {
        System.out.println(line(n, depth));
        n.children().forEach(c -> print(c, depth + 1));
    }

    /** One node: code, effective score (and the computed one beside it when overridden), status, explanation. */
    static String line(NodeEvaluation n, int depth) {
        var e = n.evaluation();
        String score = Plans.score(e.score());
        if (n.overridden()) {
            var c = n.computed();
            score += " (calcolato " + Plans.score(c.score()) + " " + c.status().label() + ")";
        }
        return "  ".repeat(depth) + n.code() + "  " + score + "  " + e.status().label()
                + (n.overridden() ? "  [rettificato]" : "") + (e.atRisk() ? "  [a rischio]" : "") + "  "
                + Plans.shorten(e.explanation(), 160);
    }
}
