package it.albero.sector.finanziario.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * {@code finanziario.riduzione-costi}: a cost reduction proposed against the previous triennium for the same
 * services ("Proposta riduzione costi almeno del 5% rispetto al triennio precedente", "almeno tre ambiti"). Each
 * measurement is one area studied: its yearly mean cost over the previous triennium and the cost proposed; a later
 * measurement of the same area replaces it. The attainment is the lower of the reduction over the target and the
 * areas studied over those required.
 */
@Component(service = IndicatorType.class)
public class CostReductionType extends BaseIndicatorType {

    static final String ID = "finanziario.riduzione-costi";

    private final Messages text;

    public CostReductionType() {
        this(FinanziarioModule.italian());
    }

    CostReductionType(Messages text) {
        super(ID, FinanziarioModule.ID, text.get("costi.label"),
                Schema.of(
                        Field.required("riduzione", Kind.PERCENTUALE, text.get("costi.riduzione")),
                        Field.optional("ambiti", Kind.INTERO, text.get("costi.ambiti")).withHelp(text.get("costi.ambiti.help")),
                        Field.optional("scadenza", Kind.DATA, text.get("scadenza"))),
                Schema.of(
                        Field.required("ambito", Kind.TESTO, text.get("costi.ambito")),
                        Field.required("costo_triennio", Kind.NUMERO, text.get("costi.costo_triennio"))
                                .withHelp(text.get("costi.costo_triennio.help")),
                        Field.required("costo_proposto", Kind.NUMERO, text.get("costi.costo_proposto"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        BigDecimal r = indicator.parameters().requireNumber("riduzione");
        return r.signum() <= 0 || r.compareTo(BigDecimal.valueOf(100)) >= 0 ? List.of(text.get("costi.invalid", Texts.number(r)))
                : List.of();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Map<String, Measurement> areas = new LinkedHashMap<>();
        for (Measurement m : ctx.measurements()) {
            if (m.values().requireNumber("costo_triennio").signum() <= 0 || m.values().requireNumber("costo_proposto").signum() < 0) {
                return Evaluation.without(Status.ERRORE, text.get("costi.incoherent", Texts.date(m.date()),
                        m.values().requireText("ambito")));
            }
            areas.put(m.values().requireText("ambito").trim().toLowerCase(java.util.Locale.ITALIAN), m);
        }
        if (areas.isEmpty()) {
            return noData(ctx, text.get("costi.noData"));
        }
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal proposed = BigDecimal.ZERO;
        for (Measurement m : areas.values()) {
            before = before.add(m.values().requireNumber("costo_triennio"));
            proposed = proposed.add(m.values().requireNumber("costo_proposto"));
        }
        double target = ctx.indicator().parameters().requireNumber("riduzione").doubleValue() / 100;
        double reduction = 1 - proposed.doubleValue() / before.doubleValue();
        int required = ctx.indicator().parameters().number("ambiti").map(BigDecimal::intValue).orElse(1);
        double attainment = Math.min(Math.max(0, reduction) / target, Math.min(1.0, (double) areas.size() / required));
        String words = text.get(areas.size() == 1 ? "costi.result.one" : "costi.result.many", areas.size(), required,
                Texts.number(proposed), Texts.number(before),
                text.get(reduction >= 0 ? "costi.reduction" : "costi.increase", Texts.percent(Math.abs(reduction))),
                Texts.percent(target));
        return grade(ctx, attainment, words, Pace.onPace(attainment));
    }
}
