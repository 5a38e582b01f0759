package it.albero.console.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.model.NodeEvaluation;
import it.albero.api.service.EvaluationService;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.ValidationException;

/**
 * {@code albero:eval [unita] [--as-of data] [--plan ...]}: every node of the tree with code, score, status and
 * explanation, as of a date (today in the platform's zone when absent), as {@link EvaluationService} computes it
 * for every entry point. The plan's overrides in force are applied: an overridden node shows "[rettificato]" and its computed value beside the
 * effective one.
 */
@Service
@Command(scope = "albero", name = "eval", description = "Valuta l'albero (o un'unità) a una data")
public class EvalCommand extends AsOfAction {

    @Reference
    EvaluationService evaluation;

    @Override
    protected Object run() {
        LocalDate date = asOf();
        PlanSummary summary = summary();
        NodeEvaluation root;
        try {
            root = evaluation.evaluate(caller(), summary.key(), date, unit);
        } catch (ValidationException e) {
            throw new CommandError(e.getMessage() + (unit == null ? "" : " (albero:tree elenca i codici)"));
        }
        System.out.println("Valutazione al " + it.albero.api.spi.Texts.date(date == null ? evaluation.today() : date)
                + " - " + summary.ente().name() + ", " + summary.title() + " (" + summary.status().label() + ")");
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
