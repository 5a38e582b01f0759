package it.albero.types.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Targets;
import it.albero.api.spi.Texts;

/**
 * {@code rapporto}: a ratio against a target %. The latest measurement counts (its values are cumulative):
 * share = numeratore / denominatore, attainment = share / target for {@code >=}.
 * <p>
 * Denominator zero: 0 su 0 means nothing to do, "raggiunto"; n su 0 with n &gt; 0 is inconsistent data,
 * "errore" with an explanation that asks to correct the measurement (the engine keeps other indicators).
 * A ratio may still fall before the deadline, so it stays "in corso" until then unless the target is met
 * with {@code >=} / {@code >} (as {@link it.albero.api.spi.BaseIndicatorType#grade} does; without a deadline
 * the indicator is due on 31 December of the reference year).
 */
@Component(service = IndicatorType.class)
public class RatioType extends CoreType {

    public RatioType() {
        super("rapporto", "Rapporto rispetto a un target percentuale",
                Schema.of(
                        Field.optional("target", Kind.PERCENTUALE, "Target (%)")
                                .withHelp("Percentuale da raggiungere, 0-100; predefinito 100"),
                        Field.choice("confronto", "Confronto", false, Comparison.SYMBOLS)
                                .withHelp("'>=' (predefinito): almeno il target; '<=': al massimo il target"),
                        Field.optional("scadenza", Kind.DATA, "Scadenza")
                                .withHelp("Se assente vale la scadenza dei tempi dell'indicatore")),
                Schema.of(
                        Field.required("numeratore", Kind.NUMERO, "Numeratore")
                                .withHelp("Valore cumulato alla data della rilevazione (es. avvisi emessi)"),
                        Field.required("denominatore", Kind.NUMERO, "Denominatore")
                                .withHelp("Valore cumulato alla data della rilevazione (es. avvisi da emettere)")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        Comparison cmp = Comparison.of(indicator.parameters().text("confronto").orElse(null));
        return Targets.problem(indicator.parameters(), cmp == Comparison.LE).stream().toList();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Optional<Measurement> last = latest(ctx);
        if (last.isEmpty()) {
            return nothingBy(ctx, dueOrYearEnd(ctx), "Nessuna rilevazione di numeratore e denominatore.");
        }
        Measurement m = last.get();
        BigDecimal num = m.values().requireNumber("numeratore");
        BigDecimal den = m.values().requireNumber("denominatore");
        String when = " (rilevazione del " + Texts.date(m.date()) + ")";
        if (num.signum() < 0 || den.signum() < 0) {
            return wrongData("Valori negativi nella rilevazione del " + Texts.date(m.date()) + ": "
                    + Texts.number(num) + " su " + Texts.number(den) + "; correggere la rilevazione.");
        }
        if (den.signum() == 0) {
            if (num.signum() == 0) {
                return Evaluation.of(ctx.scoring().score(1), Status.RAGGIUNTO,
                        "0 su 0: nessun caso da trattare alla data del " + Texts.date(m.date())
                                + ", obiettivo considerato raggiunto.");
            }
            return wrongData("Denominatore zero con numeratore " + Texts.number(num) + " nella rilevazione del "
                    + Texts.date(m.date()) + ": rapporto non calcolabile, correggere la rilevazione.");
        }
        Comparison cmp = Comparison.of(ctx.indicator().parameters().text("confronto").orElse(null));
        double target = Targets.share(ctx.indicator().parameters());
        double share = num.doubleValue() / den.doubleValue();
        String text = Texts.number(num) + " su " + Texts.number(den) + ": " + pct(share) + " contro "
                + targetWords(cmp, target) + when + ".";
        double attainment = cmp.attainment(share, target);
        LocalDate due = dueOrYearEnd(ctx);
        boolean onPace = true;
        if (cmp.monotone() && ctx.asOf().isBefore(due)) {
            onPace = Pace.onPace(cmp.attainment(share, target), yearStart(ctx), due, ctx.asOf());
        }
        if (!cmp.monotone()) {
            onPace = cmp.met(share, target);
        }
        return gradeBy(ctx, due, attainment, text, onPace, cmp.monotone());
    }

    static String targetWords(Comparison cmp, double target) {
        return switch (cmp) {
            case GE -> "un target del " + pct(target);
            case GT -> "un target di oltre il " + pct(target);
            case EQ -> "un target esatto del " + pct(target);
            case LE -> "un massimo del " + pct(target);
        };
    }
}
