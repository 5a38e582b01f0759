package it.albero.sector.relazionicittadino.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;

/**
 * {@code relazioni-cittadino.follower}: the audience of a channel as a level ("Raggiungere 1000 follower su
 * Instagram"): the latest measurement is the level reached. The growth since the start (the plan's {@code base}, else
 * the latest level before the reference year, else the year's first measurement) is in the explanation, and the pace
 * is the growth's: the level should move from the start to the target linearly over the year.
 */
@Component(service = IndicatorType.class)
public class FollowersType extends BaseIndicatorType {

    static final String ID = "relazioni-cittadino.follower";

    private final Messages text;

    public FollowersType() {
        this(RelazioniCittadinoModule.italian());
    }

    FollowersType(Messages text) {
        super(ID, RelazioniCittadinoModule.ID, text.get("follower.label"),
                Schema.of(
                        Field.required("soglia", Kind.INTERO, text.get("follower.soglia")),
                        Field.optional("canale", Kind.TESTO, text.get("follower.canale")),
                        Field.optional("base", Kind.INTERO, text.get("follower.base")).withHelp(text.get("follower.base.help")),
                        Field.optional("scadenza", Kind.DATA, text.get("scadenza"))),
                Schema.of(Field.required("follower", Kind.INTERO, text.get("follower.follower"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return indicator.parameters().requireNumber("soglia").signum() > 0 ? List.of() : List.of(text.get("follower.invalid"));
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Optional<Measurement> last = latest(ctx);
        if (last.isEmpty()) {
            return noData(ctx, text.get("follower.noData"));
        }
        int year = ctx.referenceYear();
        long level = last.get().values().requireNumber("follower").longValue();
        long target = ctx.indicator().parameters().requireNumber("soglia").longValue();
        Optional<Measurement> startM = ctx.measurements().stream().filter(m -> m.date().getYear() < year).reduce((a, b) -> b)
                .or(() -> ctx.measurements().stream().filter(m -> m.date().getYear() == year).findFirst());
        Optional<Long> base = ctx.indicator().parameters().number("base").map(BigDecimal::longValue)
                .or(() -> startM.filter(m -> m != last.get()).map(m -> m.values().requireNumber("follower").longValue()));
        String channel = ctx.indicator().parameters().text("canale").map(c -> text.get("follower.on", c)).orElse("");
        double attainment = (double) level / target;
        String growth = base.map(b -> text.get("follower.growth", (level >= b ? "+" : "") + Texts.number(BigDecimal.valueOf(level - b)),
                Texts.number(BigDecimal.valueOf(b)))).orElse("");
        String words = text.get("follower.result", Texts.number(BigDecimal.valueOf(level)), channel,
                Texts.date(last.get().date()), Texts.number(BigDecimal.valueOf(target)),
                Texts.percent(Math.min(1.0, attainment)), growth);
        LocalDate due = deadline(ctx).orElse(LocalDate.of(year, 12, 31));
        boolean onPace = base.filter(b -> b < target)
                .map(b -> Pace.onPace((double) (level - b) / (target - b), LocalDate.of(year, 1, 1), due, ctx.asOf()))
                .orElse(Pace.onPace(attainment, LocalDate.of(year, 1, 1), due, ctx.asOf()));
        return grade(ctx, attainment, words, onPace);
    }
}
