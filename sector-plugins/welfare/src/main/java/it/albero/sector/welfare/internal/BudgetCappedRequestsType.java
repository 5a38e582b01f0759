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
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;

/**
 * {@code welfare.richieste-soddisfatte}: requests satisfied over requests received, "nei limiti delle risorse di
 * bilancio". When the budget is exhausted (the expense has reached the budget, or the requests satisfied have
 * reached the funded capacity), the requests beyond what the budget funds are not a shortfall of the service:
 * the denominator becomes the funded capacity, and the explanation says so.
 * <p>
 * Measurements are cumulative: the latest counts.
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
                                .withHelp("Quante richieste le risorse disponibili consentono di soddisfare")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return Percent.validate(indicator);
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
        double target = Percent.target(ctx.indicator());
        Optional<BigDecimal> budget = v.number("budget");
        Optional<BigDecimal> expense = v.number("spesa");
        Optional<BigDecimal> capacity = v.number("capacita_finanziata");
        boolean budgetSpent = budget.isPresent() && expense.isPresent() && expense.get().compareTo(budget.get()) >= 0;
        boolean capacityReached = capacity.isPresent() && satisfied >= capacity.get().longValue();
        long funded = capacity.map(BigDecimal::longValue).orElse(satisfied);
        if (budgetSpent) {
            funded = Math.max(satisfied, Math.min(funded, received));
        }
        String text;
        long denominator = received;
        if ((budgetSpent || capacityReached) && funded < received) {
            denominator = funded;
            String why = budgetSpent ? "Risorse di bilancio esaurite (spesa € " + Texts.number(expense.get()) + " su € "
                    + Texts.number(budget.get()) + ")" : "Capacità finanziata esaurita";
            text = why + ": " + satisfied + " richieste soddisfatte su una capacità finanziata di " + funded + " ("
                    + received + " pervenute)";
        } else {
            text = satisfied + " richieste soddisfatte su " + received + " pervenute";
        }
        if (denominator == 0) {
            return Evaluation.of(1, Status.RAGGIUNTO, "Nessuna richiesta pervenuta alla data del "
                    + Texts.date(last.get().date()) + ".");
        }
        double share = Math.min(1.0, (double) satisfied / denominator);
        text += ": " + Texts.percent(share) + " contro un target del " + Texts.percent(target) + ".";
        return grade(ctx, share / target, text, share >= target * 0.9);
    }
}
