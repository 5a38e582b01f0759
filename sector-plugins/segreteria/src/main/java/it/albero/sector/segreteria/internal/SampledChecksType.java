package it.albero.sector.segreteria.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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

/**
 * {@code segreteria.controlli-campione}: the sampled checks on administrative acts (controllo successivo di
 * regolarità amministrativa, art. 147-bis c. 2 D.Lgs. 267/2000, under the Segretario): each measurement is one report
 * of a checking session, with the acts adopted in its period, those drawn and checked, and the irregularities found.
 * The attainment is the lower of the reports over those required ({@code report}) and, with {@code campione}, the
 * share of acts checked over the minimum sample of the comune's rules.
 */
@Component(service = IndicatorType.class)
public class SampledChecksType extends BaseIndicatorType {

    static final String ID = "segreteria.controlli-campione";

    private final Messages text;

    public SampledChecksType() {
        this(SegreteriaModule.italian());
    }

    SampledChecksType(Messages text) {
        super(ID, SegreteriaModule.ID, text.get("controlli.label"),
                Schema.of(
                        Field.required("report", Kind.INTERO, text.get("controlli.report")),
                        Field.optional("campione", Kind.PERCENTUALE, text.get("controlli.campione"))
                                .withHelp(text.get("controlli.campione.help")),
                        Field.optional("scadenza", Kind.DATA, text.get("scadenza"))),
                Schema.of(
                        Field.required("atti_adottati", Kind.INTERO, text.get("controlli.atti_adottati")),
                        Field.required("atti_controllati", Kind.INTERO, text.get("controlli.atti_controllati")),
                        Field.optional("irregolarita", Kind.INTERO, text.get("controlli.irregolarita"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        BigDecimal sample = indicator.parameters().number("campione").orElse(BigDecimal.ONE);
        return indicator.parameters().requireNumber("report").signum() <= 0 || sample.signum() <= 0
                || sample.compareTo(BigDecimal.valueOf(100)) > 0 ? List.of(text.get("controlli.invalid")) : List.of();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        int year = ctx.referenceYear();
        long reports = 0;
        long adopted = 0;
        long checked = 0;
        long irregular = 0;
        for (Measurement m : ctx.measurements()) {
            if (m.date().getYear() != year) {
                continue;
            }
            long a = m.values().requireNumber("atti_adottati").longValue();
            long c = m.values().requireNumber("atti_controllati").longValue();
            if (c > a) {
                return Evaluation.without(Status.ERRORE, text.get("controlli.incoherent", Texts.date(m.date()), c, a));
            }
            reports++;
            adopted += a;
            checked += c;
            irregular += m.values().number("irregolarita").map(BigDecimal::longValue).orElse(0L);
        }
        if (reports == 0) {
            return noData(ctx, text.get("controlli.noData"));
        }
        long required = ctx.indicator().parameters().requireNumber("report").longValue();
        double attainment = Math.min(1.0, (double) reports / required);
        double share = adopted == 0 ? 1 : (double) checked / adopted;
        String sample = "";
        var minimum = ctx.indicator().parameters().number("campione");
        if (minimum.isPresent()) {
            double min = minimum.get().doubleValue() / 100;
            attainment = Math.min(attainment, Math.min(1.0, share / min));
            sample = text.get("controlli.minimum", Texts.percent(min));
        }
        String words = text.get(reports == 1 ? "controlli.result.one" : "controlli.result.many", reports, required, checked,
                adopted, Texts.percent(share), sample, irregular);
        LocalDate due = deadline(ctx).orElse(LocalDate.of(year, 12, 31));
        return grade(ctx, attainment, words, Pace.onPace(attainment, LocalDate.of(year, 1, 1), due, ctx.asOf()));
    }
}
