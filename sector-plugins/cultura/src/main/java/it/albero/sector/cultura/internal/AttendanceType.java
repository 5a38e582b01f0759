package it.albero.sector.cultura.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;
import it.albero.api.spi.Window;

/**
 * {@code cultura.presenze}: attendance (or loans) of a season against the previous season, with the growth asked
 * ("Aumentare del 50% le presenze"): the target is the previous season's figure increased by {@code aumento}%. Each
 * measurement is an event (a screening, an evening) with its attendance; they add up within the season
 * ({@code stagione}, which may cross the calendar year). The previous season's figure is the plan's ({@code base}),
 * else the sum of the measurements of the same season one year earlier.
 */
@Component(service = IndicatorType.class)
public class AttendanceType extends BaseIndicatorType {

    static final String ID = "cultura.presenze";

    private final Messages text;

    public AttendanceType() {
        this(CulturaModule.italian());
    }

    AttendanceType(Messages text) {
        super(ID, CulturaModule.ID, text.get("presenze.label"),
                Schema.of(
                        Field.required("aumento", Kind.PERCENTUALE, text.get("presenze.aumento")),
                        Field.optional("base", Kind.INTERO, text.get("presenze.base")).withHelp(text.get("presenze.base.help")),
                        new Field(Seasons.SEASON, Kind.FINESTRA, text.get("stagione"), false, text.get("stagione.help"), List.of())),
                Schema.of(
                        Field.required("presenze", Kind.INTERO, text.get("presenze.presenze")),
                        Field.optional("evento", Kind.TESTO, text.get("presenze.evento"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return indicator.parameters().number("base").filter(b -> b.signum() <= 0).isPresent()
                ? List.of(text.get("presenze.invalid")) : List.of();
    }

    /** The previous season's attendance: the plan's base, else the sum of last season's measurements. */
    static Optional<Long> baseline(Indicator i, Window season, List<Measurement> ms) {
        Optional<BigDecimal> base = i.parameters().number("base");
        if (base.isPresent()) {
            return Optional.of(base.get().longValue());
        }
        List<Measurement> last = Seasons.within(ms, Seasons.previous(season));
        return last.isEmpty() ? Optional.empty()
                : Optional.of(last.stream().mapToLong(m -> m.values().requireNumber("presenze").longValue()).sum());
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Window season = Seasons.of(ctx.indicator(), ctx.referenceYear());
        List<Measurement> now = Seasons.within(ctx.measurements(), season);
        if (now.isEmpty()) {
            return noData(ctx, season.to(), text.get("presenze.noData"));
        }
        long attendance = now.stream().mapToLong(m -> m.values().requireNumber("presenze").longValue()).sum();
        Optional<Long> base = baseline(ctx.indicator(), season, ctx.measurements());
        if (base.isEmpty() || base.get() <= 0) {
            return Evaluation.without(Status.DATI_MANCANTI, text.get("presenze.noBase", Texts.number(BigDecimal.valueOf(attendance)),
                    season.text(), Seasons.previous(season).text()));
        }
        double increase = ctx.indicator().parameters().requireNumber("aumento").doubleValue() / 100;
        double goal = base.get() * (1 + increase);
        double attainment = attendance / goal;
        double growth = (double) attendance / base.get() - 1;
        String words = text.get(now.size() == 1 ? "presenze.result.one" : "presenze.result.many", Texts.number(BigDecimal.valueOf(attendance)), now.size(), season.text(),
                Texts.number(BigDecimal.valueOf(base.get())), (growth >= 0 ? "+" : "") + Texts.percent(growth),
                Texts.percent(increase), Texts.number(Math.ceil(goal)));
        return grade(ctx, season.to(), attainment, words, Pace.onPace(attainment, season.from(), season.to(), ctx.asOf()));
    }
}
