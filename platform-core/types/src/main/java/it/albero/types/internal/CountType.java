package it.albero.types.internal;

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
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;
import it.albero.api.spi.Window;

/**
 * {@code conteggio}: a count or a level against a threshold, in the reference year or in a window.
 * <ul>
 * <li>period: the window {@code finestra}, else from 1 January of the reference year to the deadline (31
 * December when the indicator has none); the count is due at the period's end;</li>
 * <li>{@code aggregazione: somma} (default) sums {@code valore} of the measurements dated in the period;
 * {@code ultimo} takes the latest one in it (a level, e.g. followers);</li>
 * <li>{@code confronto}: {@code >=} (default), {@code >}, {@code =}, {@code <=}. With {@code <=} lower is
 * better: attainment 1 while within, soglia/valore above. A sum met with {@code >=}/{@code >} is final at
 * once; otherwise the result stays "in corso" until the period ends;</li>
 * <li>no measurement in the period: "non ancora dovuto" before its end, "dati mancanti" after (record
 * {@code valore: 0} to say that nothing happened).</li>
 * </ul>
 * At risk: off {@link Pace} over the period (for {@code <=}: above the maximum's share for the time elapsed,
 * as {@link Pace#withinMaximum} says); a sum already above a {@code <=} or {@code =} threshold
 * is final at once.
 */
@Component(service = IndicatorType.class)
public class CountType extends CoreType {

    static final List<String> AGGREGATIONS = List.of("somma", "ultimo");

    public CountType() {
        super("conteggio", "Conteggio rispetto a una soglia, nell'anno o in una finestra",
                Schema.of(
                        Field.required("soglia", Kind.NUMERO, "Soglia")
                                .withHelp("Il valore da confrontare, es. 10 controlli"),
                        Field.choice("confronto", "Confronto", false, Comparison.SYMBOLS)
                                .withHelp("'>=' (predefinito) almeno, '>' più di, '=' esattamente, '<=' al massimo"),
                        new Field("finestra", Kind.FINESTRA, "Finestra", false,
                                "Periodo {da, a} dentro un anno, es. da 2025-05-01 a 2025-09-30; se assente"
                                        + " vale l'anno di riferimento", List.of()),
                        Field.choice("aggregazione", "Aggregazione", false, AGGREGATIONS)
                                .withHelp("somma (predefinito): somma delle rilevazioni del periodo;"
                                        + " ultimo: l'ultima rilevazione (un livello, es. follower)"),
                        Field.optional("scadenza", Kind.DATA, "Scadenza")
                                .withHelp("Senza finestra, il conteggio va dal 1° gennaio a questa data")),
                Schema.of(
                        Field.required("valore", Kind.NUMERO, "Valore")
                                .withHelp("Con aggregazione 'somma' il numero del periodo della rilevazione"
                                        + " (es. controlli della settimana); con 'ultimo' il livello alla data")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        Comparison cmp = Comparison.of(indicator.parameters().text("confronto").orElse(null));
        double threshold = indicator.parameters().requireNumber("soglia").doubleValue();
        if (threshold < 0) {
            problems.add("la soglia non può essere negativa: " + Texts.number(threshold));
        } else if (threshold == 0 && cmp == Comparison.GE) {
            problems.add("una soglia 'almeno 0' è sempre raggiunta: indicare una soglia maggiore di 0");
        }
        windowAcrossYears(indicator.parameters()).ifPresent(problems::add);
        return problems;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var params = ctx.indicator().parameters();
        Comparison cmp = Comparison.of(params.text("confronto").orElse(null));
        double threshold = params.requireNumber("soglia").doubleValue();
        boolean last = "ultimo".equals(params.text("aggregazione").orElse("somma"));
        Optional<Window> own = window(params, "finestra");
        Window period = own.orElseGet(() -> {
            LocalDate due = dueOrYearEnd(ctx);
            LocalDate start = yearStart(ctx);
            return new Window(start.isAfter(due) ? due : start, due);
        });
        String where = ctx.asOf().isBefore(period.to())
                ? " dal " + Texts.date(period.from()) + " al " + Texts.date(ctx.asOf()) + " (periodo fino al "
                        + Texts.date(period.to()) + ")"
                : own.isPresent() ? " nel periodo " + period.text()
                : " dal " + Texts.date(period.from()) + " al " + Texts.date(period.to());
        if (ctx.asOf().isBefore(period.from())) {
            return Evaluation.without(Status.NON_ANCORA_DOVUTO,
                    "Il periodo " + period.text() + " non è ancora iniziato.");
        }
        List<Measurement> inside = ctx.measurements().stream().filter(m -> period.contains(m.date())).toList();
        if (inside.isEmpty()) {
            return nothingBy(ctx, period.to(), "Nessuna rilevazione" + where + ".");
        }
        BigDecimal value;
        String text;
        String against = " contro " + cmp.words() + " " + Texts.number(threshold);
        if (last) {
            Measurement m = inside.get(inside.size() - 1);
            value = m.values().requireNumber("valore");
            text = "Valore " + Texts.number(value) + " al " + Texts.date(m.date()) + against
                    + (own.isPresent() ? " (periodo " + period.text() + ")." : ".");
        } else {
            value = BigDecimal.ZERO;
            for (Measurement m : inside) {
                BigDecimal v = m.values().requireNumber("valore");
                if (v.signum() < 0) {
                    return wrongData("Valore negativo (" + Texts.number(v) + ") nella rilevazione del "
                            + Texts.date(m.date()) + ": correggere la rilevazione.");
                }
                value = value.add(v);
            }
            text = Texts.number(value) + where + against + " (" + inside.size()
                    + (inside.size() == 1 ? " rilevazione" : " rilevazioni") + ").";
        }
        double v = value.doubleValue();
        double attainment = cmp.attainment(v, threshold);
        boolean onPace = true;
        if (!last && ctx.asOf().isBefore(period.to())) {
            double share = threshold <= 0 ? 1 : v / threshold;
            onPace = switch (cmp) {
                case GE, GT -> Pace.onPace(share, period.from(), period.to(), ctx.asOf());
                case LE -> Pace.withinMaximum(v, threshold, period.from(), period.to(), ctx.asOf());
                case EQ -> v <= threshold && Pace.onPace(share, period.from(), period.to(), ctx.asOf());
            };
        }
        if (!last && (cmp == Comparison.LE || cmp == Comparison.EQ) && v > threshold) {
            // a sum above a maximum (or an exact figure) cannot come back: final at once
            return gradeBy(ctx, ctx.asOf(), attainment, text, false, true);
        }
        return gradeBy(ctx, period.to(), attainment, text, onPace, !last && cmp.monotone());
    }
}
