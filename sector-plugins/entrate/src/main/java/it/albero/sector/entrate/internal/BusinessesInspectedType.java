package it.albero.sector.entrate.internal;

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
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Targets;
import it.albero.api.spi.Texts;
import it.albero.api.spi.Window;

/**
 * {@code entrate.esercizi-controllati}: the share of the businesses on the territory (e.g. the pubblici esercizi)
 * inspected for local-tax evasion in the year. Each measurement records the businesses newly inspected in a
 * batch (they add up) and, when known, how many are on the territory at that date (the latest count is the
 * denominator: openings and closings change it) and how many were found irregular.
 */
@Component(service = IndicatorType.class)
public class BusinessesInspectedType extends BaseIndicatorType {

    static final String ID = "entrate.esercizi-controllati";

    public BusinessesInspectedType() {
        super(ID, EntrateModule.ID, "Esercizi controllati sul totale presenti sul territorio",
                Schema.of(
                        Field.required("target", Kind.PERCENTUALE, "Target (% degli esercizi sul territorio)"),
                        Field.optional("categoria", Kind.TESTO, "Categoria").withHelp("Predefinito 'pubblici esercizi'"),
                        Field.optional("scadenza", Kind.DATA, "Scadenza")),
                Schema.of(
                        Field.required("controllati", Kind.INTERO, "Esercizi controllati (nuovi, in questa rilevazione)"),
                        Field.optional("totale", Kind.INTERO, "Esercizi presenti sul territorio alla data"),
                        Field.optional("irregolari", Kind.INTERO, "Esercizi trovati irregolari")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return Targets.problem(indicator.parameters(), false).stream().toList();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        String category = ctx.indicator().parameters().text("categoria").orElse("pubblici esercizi");
        long inspected = 0;
        long irregular = 0;
        Optional<Long> total = Optional.empty();
        int counted = 0;
        for (Measurement m : ctx.measurements()) {
            if (m.date().getYear() != ctx.referenceYear()) {
                continue;
            }
            counted++;
            inspected += m.values().requireNumber("controllati").longValue();
            irregular += m.values().number("irregolari").orElse(BigDecimal.ZERO).longValue();
            Optional<Long> t = m.values().number("totale").map(BigDecimal::longValue);
            if (t.isPresent()) {
                total = t;
            }
        }
        if (counted == 0) {
            return noData(ctx, category + " controllati");
        }
        if (total.isEmpty()) {
            return Evaluation.without(Status.DATI_MANCANTI, inspected + " " + category + " controllati, ma manca il"
                    + " numero di quelli presenti sul territorio ('totale').");
        }
        if (total.get() == 0) {
            return Evaluation.of(1, Status.RAGGIUNTO, "Nessun esercizio di categoria " + category + " sul territorio.");
        }
        double target = Targets.share(ctx.indicator().parameters());
        double share = Math.min(1.0, (double) inspected / total.get());
        String text = inspected + " " + category + " controllati su " + total.get() + " presenti sul territorio: "
                + Texts.percent(share) + " contro un target del " + Texts.percent(target)
                + (irregular > 0 ? "; " + irregular + " irregolari (" + Texts.percent((double) irregular / inspected) + ")" : "")
                + ".";
        Window year = Window.year(ctx.referenceYear());
        return grade(ctx, share / target, text, Pace.onPace(share / target, year.from(), year.to(), ctx.asOf()));
    }
}
