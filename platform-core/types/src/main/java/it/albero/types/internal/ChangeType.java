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
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;

/**
 * {@code variazione}: a % change against a baseline or the previous year. {@code variazione} is signed:
 * {@code 50} wants valore &ge; base &times; 1.5, {@code -5} wants valore &le; base &times; 0.95. The base is
 * the {@code base} parameter, else the latest measurement that carries {@code base}; the value is the latest
 * measurement's {@code valore}. Attainment = achieved change / wanted change (0 when it moved the wrong way).
 * A value may still move, so the result is "in corso" until the deadline (31 December of the reference year
 * when none), at risk while it moves the wrong way.
 */
@Component(service = IndicatorType.class)
public class ChangeType extends CoreType {

    public ChangeType() {
        super("variazione", "Variazione percentuale rispetto a una base o all'anno precedente",
                Schema.of(
                        Field.required("variazione", Kind.NUMERO, "Variazione attesa (%)")
                                .withHelp("Con segno: 50 per +50%, -5 per -5%"),
                        Field.optional("base", Kind.NUMERO, "Base")
                                .withHelp("Il valore di riferimento (es. anno precedente); se assente va rilevato"),
                        Field.optional("scadenza", Kind.DATA, "Scadenza")),
                Schema.of(
                        Field.required("valore", Kind.NUMERO, "Valore").withHelp("Il valore alla data"),
                        Field.optional("base", Kind.NUMERO, "Base")
                                .withHelp("Il valore di riferimento, quando il piano non lo indica")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        if (indicator.parameters().requireNumber("variazione").signum() == 0) {
            problems.add("la variazione attesa non può essere 0%: indicare ad esempio 50 o -5");
        }
        indicator.parameters().number("base").filter(b -> b.signum() <= 0).ifPresent(b ->
                problems.add("la base deve essere maggiore di 0, non " + Texts.number(b)));
        return problems;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        LocalDate due = dueOrYearEnd(ctx);
        Optional<Measurement> last = latest(ctx);
        if (last.isEmpty()) {
            return nothingBy(ctx, due, "Nessuna rilevazione del valore.");
        }
        Optional<BigDecimal> base = ctx.indicator().parameters().number("base");
        List<Measurement> ms = ctx.measurements();
        for (int i = ms.size() - 1; i >= 0 && base.isEmpty(); i--) {
            base = ms.get(i).values().number("base");
        }
        if (base.isEmpty()) {
            return Evaluation.without(Status.DATI_MANCANTI, "Manca la base di riferimento: indicarla nei parametri"
                    + " o in una rilevazione ('base').");
        }
        if (base.get().signum() <= 0) {
            return wrongData("Base " + Texts.number(base.get()) + " non positiva: variazione percentuale non"
                    + " calcolabile; correggere la base.");
        }
        BigDecimal value = last.get().values().requireNumber("valore");
        double wanted = ctx.indicator().parameters().requireNumber("variazione").doubleValue() / 100;
        double change = (value.doubleValue() - base.get().doubleValue()) / base.get().doubleValue();
        double attainment = wanted == 0 ? 1 : Math.max(0, change / wanted);
        String text = "Valore " + Texts.number(value) + " contro una base di " + Texts.number(base.get()) + ": "
                + signed(change) + " contro una variazione attesa del " + signed(wanted) + " (rilevazione del "
                + Texts.date(last.get().date()) + ").";
        boolean onPace = change / wanted > 0;
        return gradeBy(ctx, due, attainment, text, onPace, false);
    }

    static String signed(double ratio) {
        String p = pct(ratio);
        return ratio > 0 ? "+" + p : p;
    }
}
