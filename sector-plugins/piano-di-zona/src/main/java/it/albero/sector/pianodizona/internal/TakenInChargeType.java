package it.albero.sector.pianodizona.internal;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Measurement;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Window;

/**
 * {@code piano-di-zona.prese-in-carico}: families or beneficiaries taken in charge in the reference year ("per
 * ogni anno previste 10 famiglie"). Each measurement records the new cases taken in charge; those of other
 * years do not count, and cases closed are reported but not subtracted (they were taken in charge).
 */
@Component(service = IndicatorType.class, configurationPid = PianoDiZonaModule.PID)
public class TakenInChargeType extends BaseIndicatorType {

    static final String ID = "piano-di-zona.prese-in-carico";

    private final Messages text;

    /** In Italian. */
    public TakenInChargeType() {
        this(PianoDiZonaModule.italian());
    }

    @Activate
    public TakenInChargeType(PianoDiZonaConfig config) {
        this(PianoDiZonaModule.messages(config));
    }

    TakenInChargeType(Messages text) {
        super(ID, PianoDiZonaModule.ID, text.get("prese.label"),
                Schema.of(
                        Field.required("soglia", Kind.INTERO, text.get("prese.soglia")),
                        Field.choice("destinatari", text.get("prese.destinatari"), false,
                                        List.of("famiglie", "beneficiari", "utenti"))
                                .withHelp(text.get("prese.destinatari.help")),
                        Field.optional("scadenza", Kind.DATA, text.get("scadenza"))),
                Schema.of(
                        Field.required("prese_in_carico", Kind.INTERO, text.get("prese.prese_in_carico")),
                        Field.optional("dimissioni", Kind.INTERO, text.get("prese.dimissioni"))));
        this.text = text;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var p = ctx.indicator().parameters();
        String who = p.text("destinatari").filter(w -> text.has("prese.result." + w)).orElse("beneficiari");
        long taken = 0;
        long closed = 0;
        int counted = 0;
        for (Measurement m : ctx.measurements()) {
            if (m.date().getYear() == ctx.referenceYear()) {
                counted++;
                taken += m.values().requireNumber("prese_in_carico").longValue();
                closed += m.values().number("dimissioni").orElse(BigDecimal.ZERO).longValue();
            }
        }
        if (counted == 0) {
            return noData(ctx, text.get("prese.noData." + who));
        }
        long threshold = p.requireNumber("soglia").longValue();
        double attainment = threshold <= 0 ? 1.0 : (double) taken / threshold;
        String text = this.text.get("prese.result." + who, taken, ctx.referenceYear(), threshold,
                closed > 0 ? this.text.get("prese.closed", closed) : "");
        Window year = Window.year(ctx.referenceYear());
        return grade(ctx, attainment, text, Pace.onPace(attainment, year.from(), year.to(), ctx.asOf()));
    }
}
