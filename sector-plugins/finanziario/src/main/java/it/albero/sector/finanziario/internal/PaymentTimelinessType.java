package it.albero.sector.finanziario.internal;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Status;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;
import it.albero.api.spi.Window;

/**
 * {@code finanziario.tempestivita-pagamenti}: the ITP ({@link Itp}) of the invoices paid in the period (the
 * {@code periodo} window, the reference year when absent) against a maximum ({@code massimo} days, 0 by law: paid
 * by the due date on average). Met when the ITP is within the maximum; otherwise the score is the share of the amount
 * paid within the maximum, which the explanation gives.
 */
@Component(service = IndicatorType.class)
public class PaymentTimelinessType extends BaseIndicatorType {

    static final String ID = "finanziario.tempestivita-pagamenti";

    private final Messages text;

    public PaymentTimelinessType() {
        this(FinanziarioModule.italian());
    }

    PaymentTimelinessType(Messages text) {
        super(ID, FinanziarioModule.ID, text.get("itp.label"),
                Schema.of(
                        Field.optional("massimo", Kind.NUMERO, text.get("itp.massimo")).withHelp(text.get("itp.massimo.help")),
                        new Field("periodo", Kind.FINESTRA, text.get("itp.periodo"), false, text.get("itp.periodo.help"), List.of()),
                        Field.optional("debito_commerciale", Kind.NUMERO, text.get("itp.debito_commerciale"))
                                .withHelp(text.get("itp.debito.help")),
                        Field.optional("debito_commerciale_base", Kind.NUMERO, text.get("itp.debito_commerciale_base")),
                        Field.optional("fatture_ricevute", Kind.NUMERO, text.get("itp.fatture_ricevute"))),
                Schema.of(
                        Field.required("fattura", Kind.TESTO, text.get("itp.fattura")),
                        Field.optional("fornitore", Kind.TESTO, text.get("itp.fornitore")),
                        Field.required("importo", Kind.NUMERO, text.get("itp.importo")),
                        Field.required("data_scadenza", Kind.DATA, text.get("itp.data_scadenza")),
                        Field.required("data_pagamento", Kind.DATA, text.get("itp.data_pagamento"))));
        this.text = text;
    }

    static Window period(Indicator i, int referenceYear) {
        return Window.of(i.parameters(), "periodo").orElse(Window.year(referenceYear));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return indicator.parameters().number("massimo").filter(m -> m.signum() < 0).isPresent()
                ? List.of(text.get("itp.invalid")) : List.of();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Window period = period(ctx.indicator(), ctx.referenceYear());
        for (var m : ctx.measurements()) {
            var v = m.values();
            if (v.requireNumber("importo").signum() <= 0) {
                return Evaluation.without(Status.ERRORE, text.get("itp.amount", Texts.date(m.date()), v.requireText("fattura"),
                        Texts.number(v.requireNumber("importo"))));
            }
        }
        List<Itp.Invoice> invoices = Itp.paidIn(ctx.measurements(), period);
        if (invoices.isEmpty()) {
            return noData(ctx, period.to(), text.get("itp.noData"));
        }
        BigDecimal max = ctx.indicator().parameters().number("massimo").orElse(BigDecimal.ZERO);
        Itp.Result r = Itp.of(invoices, max.longValue());
        boolean within = r.days().compareTo(max) <= 0;
        double attainment = within ? 1 : r.onTimeShare();
        String words = text.get(r.invoices() == 1 ? "itp.result.one" : "itp.result.many", r.invoices(), period.text(),
                Texts.number(r.amount()), Texts.number(r.days()), Texts.number(max), Texts.percent(r.onTimeShare()),
                within ? text.get("itp.within") : text.get("itp.over"));
        if (ctx.asOf().isBefore(period.to())) {
            // the ITP of a period still open can change with every payment: never final before its end
            return new Evaluation(ctx.scoring().score(attainment), Status.IN_CORSO, words, !within);
        }
        double score = ctx.scoring().score(attainment);
        return Evaluation.of(score, ctx.scoring().status(score), words);
    }
}
