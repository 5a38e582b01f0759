package it.albero.sector.polizialocale.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * {@code polizia-locale.presidi-coc}: days of presence of the Protezione Civile volunteers at the COC (Centro
 * Operativo Comunale) in every month of the year or of a window ("N. presidi della sede > 3 giorni mensili").
 * Each measurement reports days of presence in the month of its date; a month is judged once it has ended.
 */
@Component(service = IndicatorType.class)
public class CocPresenceType extends BaseIndicatorType {

    static final String ID = "polizia-locale.presidi-coc";

    public CocPresenceType() {
        super(ID, PoliziaLocaleModule.ID, "Presidi mensili della sede del COC",
                Schema.of(
                        Field.required("giorni_al_mese", Kind.INTERO, "Giorni di presidio al mese"),
                        Field.choice("confronto", "Confronto", false, List.of(">", ">="))
                                .withHelp("'>' per 'più di', '>=' per 'almeno' (predefinito)"),
                        Field.optional("finestra", Kind.FINESTRA, "Periodo (predefinito l'anno del piano)")),
                Schema.of(
                        Field.required("giorni", Kind.INTERO, "Giorni di presidio (nel mese della rilevazione)")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        long days = Grading.required(indicator.parameters().requireNumber("giorni_al_mese"),
                indicator.parameters().text("confronto").orElse(">="));
        return days > 28 ? List.of("non tutti i mesi hanno " + days + " giorni di presidio possibili") : List.of();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var p = ctx.indicator().parameters();
        Window w = Window.of(p, "finestra").orElse(Window.year(ctx.referenceYear()));
        BigDecimal threshold = p.requireNumber("giorni_al_mese");
        String comparison = p.text("confronto").orElse(">=");
        long required = Grading.required(threshold, comparison);
        Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(w.from()); !m.isAfter(YearMonth.from(w.to())); m = m.plusMonths(1)) {
            byMonth.put(m, 0L);
        }
        int inside = 0;
        for (Measurement m : ctx.measurements()) {
            if (w.contains(m.date())) {
                inside++;
                byMonth.merge(YearMonth.from(m.date()), m.values().requireNumber("giorni").longValue(), Long::sum);
            }
        }
        if (inside == 0) {
            return noData(ctx, w.to(), "giorni di presidio " + w.words());
        }
        int judged = 0;
        List<String> shortMonths = new ArrayList<>();
        for (Map.Entry<YearMonth, Long> e : byMonth.entrySet()) {
            LocalDate end = e.getKey().atEndOfMonth();
            if (end.isBefore(ctx.asOf()) || !ctx.asOf().isBefore(w.to())) {
                judged++;
                if (e.getValue() < required) {
                    shortMonths.add(e.getKey().getMonth().getDisplayName(TextStyle.FULL, Locale.ITALIAN));
                }
            }
        }
        String rule = Grading.thresholdText(threshold, comparison) + " giorni di presidio";
        String text = judged == 0 ? "Nessun mese del periodo ancora concluso."
                : shortMonths.isEmpty() ? "Tutti i " + judged + " mesi conclusi con " + rule + "."
                : shortMonths.size() + (shortMonths.size() == 1 ? " mese su " : " mesi su ") + judged
                        + " senza " + rule + " (" + String.join(", ", shortMonths) + ").";
        double attainment = judged == 0 ? 1.0 : (double) (judged - shortMonths.size()) / judged;
        if (ctx.asOf().isBefore(w.to())) {
            return Grading.inProgress(ctx, attainment, text, Pace.onPace(attainment));
        }
        return grade(ctx, w.to(), attainment, text, true);
    }
}
