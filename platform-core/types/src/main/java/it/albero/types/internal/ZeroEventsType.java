package it.albero.types.internal;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;
import it.albero.api.spi.Window;

/**
 * {@code zero-eventi}: no events in a window ("nessuna rapina dal 15 al 31 dicembre"). Any measurement dated in
 * the window with {@code valore} &gt; 0 makes it "non raggiunto" at once (score 0); none by the window's last
 * day makes it "raggiunto" (an event not recorded did not happen); before the window "non ancora dovuto",
 * during it "in corso" with the provisional score 1.
 */
@Component(service = IndicatorType.class)
public class ZeroEventsType extends CoreType {

    public ZeroEventsType() {
        super("zero-eventi", "Nessun evento in una finestra",
                Schema.of(new Field("finestra", Kind.FINESTRA, "Finestra", true,
                        "Periodo {da, a} dentro un anno, es. da 2025-12-15 a 2025-12-31", List.of())),
                Schema.of(Field.required("valore", Kind.INTERO, "Eventi contati")
                        .withHelp("Numero di eventi nel periodo della rilevazione; 0 per attestare che non ce ne sono")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return windowAcrossYears(indicator.parameters()).stream().toList();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Window w = window(ctx.indicator().parameters(), "finestra").orElseThrow(
                () -> new IllegalArgumentException("manca la finestra {da, a}"));
        if (ctx.asOf().isBefore(w.from())) {
            return Evaluation.without(Status.NON_ANCORA_DOVUTO, "La finestra " + w.text() + " non è ancora iniziata.");
        }
        BigDecimal events = BigDecimal.ZERO;
        Measurement firstEvent = null;
        for (Measurement m : ctx.measurements()) {
            if (!w.contains(m.date())) {
                continue;
            }
            BigDecimal v = m.values().requireNumber("valore");
            if (v.signum() < 0) {
                return wrongData("Valore negativo (" + Texts.number(v) + ") nella rilevazione del "
                        + Texts.date(m.date()) + ": correggere la rilevazione.");
            }
            if (v.signum() > 0 && firstEvent == null) {
                firstEvent = m;
            }
            events = events.add(v);
        }
        if (events.signum() > 0) {
            double score = ctx.scoring().score(0);
            return Evaluation.of(score, ctx.scoring().status(score), Texts.number(events)
                    + (events.compareTo(BigDecimal.ONE) == 0 ? " evento" : " eventi") + " nel periodo " + w.text()
                    + " (il primo rilevato il " + Texts.date(firstEvent.date()) + ") contro nessuno atteso.");
        }
        if (ctx.asOf().isBefore(w.to())) {
            return new Evaluation(ctx.scoring().score(1), Status.IN_CORSO, "Nessun evento dal "
                    + Texts.date(w.from()) + " al " + Texts.date(ctx.asOf()) + "; la finestra termina il "
                    + Texts.date(w.to()) + ".", false);
        }
        double score = ctx.scoring().score(1);
        return Evaluation.of(score, ctx.scoring().status(score), "Nessun evento nel periodo " + w.text() + ".");
    }
}
