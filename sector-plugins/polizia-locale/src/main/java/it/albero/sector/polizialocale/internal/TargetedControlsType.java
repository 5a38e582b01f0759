package it.albero.sector.polizialocale.internal;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
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
 * {@code polizia-locale.controlli-mirati}: targeted controls (or the offences they find) counted in a season
 * or in the year. Each measurement reports the controls of a service or a batch of services, with the offences
 * found; only those dated inside the window count, and the pace is checked against the share of the window
 * elapsed.
 */
@Component(service = IndicatorType.class)
public class TargetedControlsType extends BaseIndicatorType {

    static final String ID = "polizia-locale.controlli-mirati";

    public TargetedControlsType() {
        super(ID, PoliziaLocaleModule.ID, "Controlli mirati nel periodo",
                Schema.of(
                        Field.required("soglia", Kind.INTERO, "Soglia (numero da raggiungere)"),
                        Field.choice("confronto", "Confronto con la soglia", false, List.of(">", ">="))
                                .withHelp("'>' per 'più di', '>=' per 'almeno' (predefinito)"),
                        Field.choice("misura", "Che cosa si conta", false, List.of("controlli", "illeciti"))
                                .withHelp("I controlli svolti (predefinito) o gli illeciti accertati"),
                        Field.optional("finestra", Kind.FINESTRA, "Periodo (stagione)")
                                .withHelp("Predefinito l'anno del piano, es. {da: 2025-05-01, a: 2025-09-30}")),
                Schema.of(
                        Field.required("controlli", Kind.INTERO, "Controlli svolti"),
                        Field.optional("illeciti", Kind.INTERO, "Illeciti accertati"),
                        Field.optional("luogo", Kind.TESTO, "Siti o esercizi controllati")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        if (indicator.parameters().requireNumber("soglia").signum() <= 0) {
            return List.of("la soglia deve essere positiva");
        }
        return List.of();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var p = ctx.indicator().parameters();
        Window w = Window.of(p, "finestra").orElse(Window.year(ctx.referenceYear()));
        String what = p.text("misura").orElse("controlli");
        String comparison = p.text("confronto").orElse(">=");
        BigDecimal threshold = p.requireNumber("soglia");
        long controls = 0;
        long offences = 0;
        int outside = 0;
        int inside = 0;
        for (Measurement m : ctx.measurements()) {
            if (!w.contains(m.date())) {
                outside++;
                continue;
            }
            inside++;
            controls += m.values().requireNumber("controlli").longValue();
            offences += m.values().number("illeciti").orElse(BigDecimal.ZERO).longValue();
        }
        if (inside == 0) {
            return noData(ctx, w.to(), what + " " + w.words());
        }
        long counted = "illeciti".equals(what) ? offences : controls;
        long required = Grading.required(threshold, comparison);
        double attainment = Grading.attainment(counted, required);
        StringBuilder text = new StringBuilder();
        if ("illeciti".equals(what)) {
            text.append(offences).append(" illeciti accertati con ").append(controls).append(" controlli ");
        } else {
            text.append(controls).append(" controlli ");
            if (offences > 0) {
                text.append("(").append(offences).append(" illeciti accertati) ");
            }
        }
        text.append(w.words()).append(" contro una soglia di ").append(Grading.thresholdText(threshold, comparison));
        if (outside > 0) {
            text.append("; ").append(outside).append(outside == 1 ? " rilevazione fuori periodo non conteggiata"
                    : " rilevazioni fuori periodo non conteggiate");
        }
        text.append('.');
        boolean onPace = Pace.onPace(attainment, w.from(), w.to(), ctx.asOf());
        return grade(ctx, w.to(), attainment, text.toString(), onPace);
    }
}
