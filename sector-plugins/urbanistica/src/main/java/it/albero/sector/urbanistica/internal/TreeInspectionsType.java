package it.albero.sector.urbanistica.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
import it.albero.api.spi.Texts;
import it.albero.api.spi.Window;

/**
 * {@code urbanistica.vta}: visual tree assessments (VTA) of the public green counted against a minimum, "con relativo
 * aggiornamento delle schede censimento": with {@code schede_aggiornate} only the assessments whose census card was
 * updated count. The trees found in propensity-to-failure class D (the highest of the SIA classes A, B, C-B, C, D)
 * must be felled: the explanation says how many. Measurements add up within the window ({@code finestra}, the
 * reference year when absent).
 */
@Component(service = IndicatorType.class)
public class TreeInspectionsType extends BaseIndicatorType {

    static final String ID = "urbanistica.vta";

    private final Messages text;

    public TreeInspectionsType() {
        this(UrbanisticaModule.italian());
    }

    TreeInspectionsType(Messages text) {
        super(ID, UrbanisticaModule.ID, text.get("vta.label"),
                Schema.of(
                        Field.required("soglia", Kind.INTERO, text.get("vta.soglia")),
                        new Field("finestra", Kind.FINESTRA, text.get("vta.finestra"), false, text.get("vta.finestra.help"), List.of())),
                Schema.of(
                        Field.required("vta", Kind.INTERO, text.get("vta.vta")),
                        Field.optional("schede_aggiornate", Kind.INTERO, text.get("vta.schede_aggiornate")),
                        Field.optional("classe_d", Kind.INTERO, text.get("vta.classe_d")).withHelp(text.get("vta.classe_d.help"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return indicator.parameters().requireNumber("soglia").signum() > 0 ? List.of() : List.of(text.get("vta.invalid"));
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Window window = Window.of(ctx.indicator().parameters(), "finestra").orElse(Window.year(ctx.referenceYear()));
        long done = 0;
        long counted = 0;
        long classD = 0;
        boolean cards = false;
        int measured = 0;
        for (Measurement m : ctx.measurements()) {
            if (!window.contains(m.date())) {
                continue;
            }
            Values v = m.values();
            long n = v.requireNumber("vta").longValue();
            long c = v.number("schede_aggiornate").map(BigDecimal::longValue).orElse(n);
            long d = v.number("classe_d").map(BigDecimal::longValue).orElse(0L);
            if (c > n || d > n) {
                return Evaluation.without(Status.ERRORE, text.get("vta.incoherent", Texts.date(m.date()), n, c, d));
            }
            cards |= v.has("schede_aggiornate");
            measured++;
            done += n;
            counted += c;
            classD += d;
        }
        if (measured == 0) {
            return noData(ctx, window.to(), text.get("vta.noData"));
        }
        long minimum = ctx.indicator().parameters().requireNumber("soglia").longValue();
        double attainment = (double) counted / minimum;
        String words = text.get("vta.result", done, cards ? text.get("vta.cards", counted) : "", minimum, window.text(),
                Texts.percent(Math.min(1.0, attainment)),
                classD > 0 ? text.get(classD == 1 ? "vta.classD.one" : "vta.classD.many", classD) : "");
        return grade(ctx, window.to(), attainment, words, Pace.onPace(attainment, window.from(), window.to(), ctx.asOf()));
    }
}
