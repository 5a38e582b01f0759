package it.albero.sector.welfare.internal;

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
 * {@code welfare.domande-valutate}: applications to a notice (avviso, bando) evaluated over those presented,
 * with the eligible ones reported. Measurements are cumulative: the latest counts.
 */
@Component(service = IndicatorType.class)
public class ApplicationsEvaluatedType extends BaseIndicatorType {

    static final String ID = "welfare.domande-valutate";

    public ApplicationsEvaluatedType() {
        super(ID, WelfareModule.ID, "Domande valutate su presentate",
                Schema.of(
                        Field.optional("target", Kind.PERCENTUALE, "Target (% delle domande)").withHelp("Predefinito 100"),
                        Field.optional("avviso", Kind.TESTO, "Avviso o bando"),
                        Field.optional("scadenza", Kind.DATA, "Scadenza")),
                Schema.of(
                        Field.required("presentate", Kind.INTERO, "Domande presentate"),
                        Field.required("valutate", Kind.INTERO, "Domande valutate"),
                        Field.optional("idonee", Kind.INTERO, "Domande idonee")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return Targets.problem(indicator.parameters(), false).stream().toList();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Optional<Measurement> last = latest(ctx);
        if (last.isEmpty()) {
            return noData(ctx, "domande valutate");
        }
        Values v = last.get().values();
        long presented = v.requireNumber("presentate").longValue();
        long evaluated = v.requireNumber("valutate").longValue();
        long eligible = v.number("idonee").map(java.math.BigDecimal::longValue).orElse(-1L);
        if (evaluated > presented || eligible > evaluated) {
            return Evaluation.without(Status.ERRORE, "Rilevazione del " + Texts.date(last.get().date())
                    + " incoerente: presentate " + presented + ", valutate " + evaluated
                    + (eligible >= 0 ? ", idonee " + eligible : "") + ".");
        }
        if (presented == 0) {
            return Evaluation.of(1, Status.RAGGIUNTO, "Nessuna domanda presentata alla data del "
                    + Texts.date(last.get().date()) + ".");
        }
        double target = Targets.share(ctx.indicator().parameters());
        double share = (double) evaluated / presented;
        String notice = ctx.indicator().parameters().text("avviso").map(a -> " (" + a + ")").orElse("");
        String text = evaluated + " domande valutate su " + presented + " presentate" + notice + ": "
                + Texts.percent(share) + " contro un target del " + Texts.percent(target)
                + (eligible >= 0 ? "; idonee " + eligible : "") + ".";
        return grade(ctx, share / target, text, Pace.onPace(share / target));
    }
}
