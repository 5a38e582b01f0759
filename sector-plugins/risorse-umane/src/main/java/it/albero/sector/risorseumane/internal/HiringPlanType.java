package it.albero.sector.risorseumane.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * {@code risorse-umane.piano-assunzioni}: the execution of the hiring plan ("Numero assunzioni effettuato/numero
 * assunzioni previsto in esecuzione del piano 2025-2027"): hires made over those planned for the year by the staffing
 * section of the PIAO (piano triennale dei fabbisogni di personale), with the recruitment channels (mobility, other
 * bodies' rankings, competitions). Measurements are cumulative: the latest counts. A hire beyond the plan is an
 * error: the plan must be updated first (art. 6 D.Lgs. 165/2001). Hires accumulate over the year: the pace is
 * {@link Pace#onPace(double, LocalDate, LocalDate, LocalDate)} from 1 January to the deadline.
 */
@Component(service = IndicatorType.class)
public class HiringPlanType extends BaseIndicatorType {

    static final String ID = "risorse-umane.piano-assunzioni";

    static final List<String> CHANNELS = List.of("mobilita", "graduatorie", "concorsi");

    private final Messages text;

    public HiringPlanType() {
        this(RisorseUmaneModule.italian());
    }

    HiringPlanType(Messages text) {
        super(ID, RisorseUmaneModule.ID, text.get("assunzioni.label"),
                Schema.of(
                        Field.required("target", Kind.PERCENTUALE, text.get("assunzioni.target")),
                        Field.optional("scadenza", Kind.DATA, text.get("scadenza"))),
                Schema.of(
                        Field.required("previste", Kind.INTERO, text.get("assunzioni.previste"))
                                .withHelp(text.get("assunzioni.previste.help")),
                        Field.required("assunte", Kind.INTERO, text.get("assunzioni.assunte")),
                        Field.optional("mobilita", Kind.INTERO, text.get("assunzioni.mobilita")),
                        Field.optional("graduatorie", Kind.INTERO, text.get("assunzioni.graduatorie")),
                        Field.optional("concorsi", Kind.INTERO, text.get("assunzioni.concorsi"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return Targets.problem(indicator.parameters(), false).stream().toList();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Optional<Measurement> last = latest(ctx);
        if (last.isEmpty()) {
            return noData(ctx, text.get("assunzioni.noData"));
        }
        Values v = last.get().values();
        long planned = v.requireNumber("previste").longValue();
        long hired = v.requireNumber("assunte").longValue();
        long byChannel = 0;
        List<String> channels = new ArrayList<>();
        for (String c : CHANNELS) {
            Optional<BigDecimal> n = v.number(c);
            if (n.isPresent()) {
                byChannel += n.get().longValue();
                channels.add(text.get("assunzioni.canale." + c, n.get().longValue()));
            }
        }
        String date = Texts.date(last.get().date());
        if (hired > planned) {
            return Evaluation.without(Status.ERRORE, text.get("assunzioni.beyond", date, hired, planned));
        }
        if (byChannel > hired) {
            return Evaluation.without(Status.ERRORE, text.get("assunzioni.channels", date, byChannel, hired));
        }
        if (planned == 0) {
            return Evaluation.of(1, Status.RAGGIUNTO, text.get("assunzioni.none", date));
        }
        double target = Targets.share(ctx.indicator().parameters());
        double share = (double) hired / planned;
        double attainment = share / target;
        String words = text.get(hired == 1 ? "assunzioni.result.one" : "assunzioni.result.many", hired, planned,
                Texts.percent(share), Texts.percent(target),
                channels.isEmpty() ? "" : " (" + String.join(", ", channels) + ")");
        LocalDate due = deadline(ctx).orElse(LocalDate.of(ctx.referenceYear(), 12, 31));
        return grade(ctx, attainment, words, Pace.onPace(attainment, LocalDate.of(ctx.referenceYear(), 1, 1), due, ctx.asOf()));
    }
}
