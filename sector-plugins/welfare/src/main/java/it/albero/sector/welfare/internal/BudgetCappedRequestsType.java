package it.albero.sector.welfare.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Targets;
import it.albero.api.spi.Texts;

/**
 * {@code welfare.richieste-soddisfatte}: requests satisfied over requests received, "nei limiti delle risorse di
 * bilancio".
 * <p>
 * <b>The budget caps the target, not the attainment.</b> The target asks for {@code target}% of the requests
 * received; when the funded capacity (how many requests the available resources can satisfy,
 * {@code capacita_finanziata}) is lower, the target is that capacity, and the attainment is the requests satisfied
 * over it. A spent budget alone does not lower the target: it says nothing about how many requests it could have
 * funded (one request that takes the whole budget would otherwise score 100% against 52 received), so the
 * explanation asks for the capacity. The explanation, in Italian, says which target applied and why.
 * <p>
 * Measurements are cumulative: the latest counts. The requests satisfied are a rate over the requests so far:
 * {@link Pace#onPace(double)}.
 */
@Component(service = IndicatorType.class)
public class BudgetCappedRequestsType extends BaseIndicatorType {

    static final String ID = "welfare.richieste-soddisfatte";

    public BudgetCappedRequestsType() {
        super(ID, WelfareModule.ID, "Richieste soddisfatte su pervenute, nei limiti del bilancio",
                Schema.of(
                        Field.required("target", Kind.PERCENTUALE, "Target (% delle richieste)"),
                        Field.optional("scadenza", Kind.DATA, "Scadenza")),
                Schema.of(
                        Field.required("richieste", Kind.INTERO, "Richieste pervenute (idonee)"),
                        Field.required("soddisfatte", Kind.INTERO, "Richieste soddisfatte"),
                        Field.optional("budget", Kind.NUMERO, "Risorse di bilancio disponibili (€)"),
                        Field.optional("spesa", Kind.NUMERO, "Spesa impegnata (€)"),
                        Field.optional("capacita_finanziata", Kind.INTERO, "Capacità finanziata (n. richieste)")
                                .withHelp("Quante richieste le risorse disponibili consentono di soddisfare: se sono"
                                        + " meno di quelle chieste dal target, il target si riduce a questo numero."
                                        + " Senza questo dato le risorse esaurite non riducono il target")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return Targets.problem(indicator.parameters(), false).stream().toList();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Optional<Measurement> last = latest(ctx);
        if (last.isEmpty()) {
            return noData(ctx, "richieste soddisfatte");
        }
        Values v = last.get().values();
        long received = v.requireNumber("richieste").longValue();
        long satisfied = v.requireNumber("soddisfatte").longValue();
        if (satisfied > received) {
            return Evaluation.without(Status.ERRORE, "Rilevazione del " + Texts.date(last.get().date())
                    + " incoerente: " + satisfied + " richieste soddisfatte su " + received + " pervenute.");
        }
        if (received == 0) {
            return Evaluation.of(1, Status.RAGGIUNTO, "Nessuna richiesta pervenuta alla data del "
                    + Texts.date(last.get().date()) + ".");
        }
        double target = Targets.share(ctx.indicator().parameters());
        Optional<BigDecimal> budget = v.number("budget");
        Optional<BigDecimal> expense = v.number("spesa");
        Optional<Long> capacity = v.number("capacita_finanziata").map(BigDecimal::longValue);
        boolean budgetSpent = budget.isPresent() && expense.isPresent() && expense.get().compareTo(budget.get()) >= 0;
        String spent = budgetSpent ? "risorse di bilancio esaurite (spesa € " + Texts.number(expense.get())
                + " su € " + Texts.number(budget.get()) + ")" : "";
        double wanted = target * received;
        double share = (double) satisfied / received;
        String text = satisfied + (satisfied == 1 ? " richiesta soddisfatta su " : " richieste soddisfatte su ")
                + received + " pervenute";
        double attainment;
        if (capacity.isPresent() && capacity.get() < wanted) {
            long cap = capacity.get();
            attainment = cap <= 0 ? 1 : Math.min(1.0, (double) satisfied / cap);
            text += " (" + Texts.percent(share) + "); " + (budgetSpent ? spent + ": " : "") + "la capacità finanziata di "
                    + cap + " richieste limita il target del " + Texts.percent(target) + " (" + Texts.number(wanted)
                    + " richieste) a " + cap + ": " + Texts.percent(attainment) + " del target raggiungibile.";
        } else {
            attainment = share / target;
            text += ": " + Texts.percent(share) + " contro un target del " + Texts.percent(target)
                    + (budgetSpent && capacity.isEmpty() ? "; " + spent + ", ma senza la capacità finanziata il target"
                    + " non si riduce: indicare quante richieste le risorse consentono di soddisfare"
                    + " ('capacita_finanziata')" : "") + ".";
        }
        return grade(ctx, attainment, text, Pace.onPace(attainment));
    }
}
