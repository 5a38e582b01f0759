package it.albero.sector.segreteria.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import it.albero.api.spi.Messages;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Targets;
import it.albero.api.spi.Texts;

/**
 * {@code segreteria.contenzioso}: litigation closed in the year against that closed the year before ("n. controversie
 * chiuse nell'anno vs. n. controversie chiuse nell'anno precedente (minimo 70%)"), with the new cases over those open.
 * Measurements of the reference year are cumulative: the latest counts. The previous year's figure is the plan's
 * ({@code chiuse_anno_precedente}), else the measurement's, else the latest measurement of the previous year.
 */
@Component(service = IndicatorType.class)
public class LitigationType extends BaseIndicatorType {

    static final String ID = "segreteria.contenzioso";

    private final Messages text;

    public LitigationType() {
        this(SegreteriaModule.italian());
    }

    LitigationType(Messages text) {
        super(ID, SegreteriaModule.ID, text.get("contenzioso.label"),
                Schema.of(
                        Field.required("target", Kind.PERCENTUALE, text.get("contenzioso.target")),
                        Field.optional("chiuse_anno_precedente", Kind.INTERO, text.get("contenzioso.chiuse_anno_precedente")),
                        Field.optional("scadenza", Kind.DATA, text.get("scadenza"))),
                Schema.of(
                        Field.required("chiuse", Kind.INTERO, text.get("contenzioso.chiuse")),
                        Field.optional("chiuse_anno_precedente", Kind.INTERO, text.get("contenzioso.chiuse_anno_precedente")),
                        Field.optional("nuove", Kind.INTERO, text.get("contenzioso.nuove")),
                        Field.optional("aperte", Kind.INTERO, text.get("contenzioso.aperte"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return Targets.problem(indicator.parameters(), false).stream().toList();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        int year = ctx.referenceYear();
        Optional<Measurement> last = ctx.measurements().stream().filter(m -> m.date().getYear() == year)
                .reduce((a, b) -> b);
        if (last.isEmpty()) {
            return noData(ctx, text.get("contenzioso.noData"));
        }
        Values v = last.get().values();
        Optional<Long> previous = ctx.indicator().parameters().number("chiuse_anno_precedente").map(BigDecimal::longValue)
                .or(() -> v.number("chiuse_anno_precedente").map(BigDecimal::longValue))
                .or(() -> ctx.measurements().stream().filter(m -> m.date().getYear() == year - 1).reduce((a, b) -> b)
                        .map(m -> m.values().requireNumber("chiuse").longValue()));
        long closed = v.requireNumber("chiuse").longValue();
        if (previous.isEmpty()) {
            return Evaluation.without(Status.DATI_MANCANTI, text.get("contenzioso.noBaseline", closed, year, year - 1));
        }
        String cases = "";
        Optional<BigDecimal> opened = v.number("nuove");
        Optional<BigDecimal> open = v.number("aperte");
        if (opened.isPresent() && open.isPresent() && open.get().signum() > 0) {
            cases = text.get("contenzioso.new", opened.get().longValue(), open.get().longValue(),
                    Texts.percent(opened.get().doubleValue() / open.get().doubleValue()));
        }
        double target = Targets.share(ctx.indicator().parameters());
        double ratio = previous.get() == 0 ? (closed > 0 ? 1 : 0) : (double) closed / previous.get();
        double attainment = ratio / target;
        String words = text.get("contenzioso.result", closed, year, previous.get(), year - 1, Texts.percent(ratio),
                Texts.percent(target), cases);
        LocalDate due = deadline(ctx).orElse(LocalDate.of(year, 12, 31));
        return grade(ctx, attainment, words, Pace.onPace(attainment, LocalDate.of(year, 1, 1), due, ctx.asOf()));
    }
}
