package it.albero.sector.pianodizona.internal;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Measurement;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Window;

/**
 * {@code piano-di-zona.prese-in-carico}: families or beneficiaries taken in charge in the reference year ("per
 * ogni anno previste 10 famiglie"). Each measurement records the new cases taken in charge; those of other
 * years do not count, and cases closed are reported but not subtracted (they were taken in charge).
 */
@Component(service = IndicatorType.class)
public class TakenInChargeType extends BaseIndicatorType {

    static final String ID = "piano-di-zona.prese-in-carico";

    public TakenInChargeType() {
        super(ID, PianoDiZonaModule.ID, "Famiglie o beneficiari presi in carico nell'anno",
                Schema.of(
                        Field.required("soglia", Kind.INTERO, "Prese in carico previste nell'anno"),
                        Field.choice("destinatari", "Chi è preso in carico", false, List.of("famiglie", "beneficiari", "utenti"))
                                .withHelp("Predefinito 'beneficiari'"),
                        Field.optional("scadenza", Kind.DATA, "Scadenza")),
                Schema.of(
                        Field.required("prese_in_carico", Kind.INTERO, "Nuove prese in carico"),
                        Field.optional("dimissioni", Kind.INTERO, "Casi chiusi")));
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var p = ctx.indicator().parameters();
        String who = p.text("destinatari").orElse("beneficiari");
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
            return noData(ctx, who + ("famiglie".equals(who) ? " prese" : " presi") + " in carico");
        }
        long threshold = p.requireNumber("soglia").longValue();
        double attainment = threshold <= 0 ? 1.0 : (double) taken / threshold;
        boolean fem = "famiglie".equals(who);
        String text = taken + " " + who + (fem ? " prese" : " presi") + " in carico nel " + ctx.referenceYear() + " su "
                + threshold + (fem ? " previste" : " previsti")
                + (closed > 0 ? " (" + closed + " casi chiusi)" : "") + ".";
        Window year = Window.year(ctx.referenceYear());
        return grade(ctx, attainment, text, Pace.onPace(attainment, year.from(), year.to(), ctx.asOf()));
    }
}
