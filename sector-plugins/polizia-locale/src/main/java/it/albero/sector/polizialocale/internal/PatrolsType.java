package it.albero.sector.polizialocale.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;
import it.albero.api.spi.Window;

/**
 * {@code polizia-locale.pattugliamenti}: at least n patrols in every week of a window ("almeno 3 pattugliamenti
 * notturni a settimana nel periodo maggio-settembre"), optionally with a total for the window too.
 * <p>
 * The weeks are ISO weeks (Monday to Sunday); a week belongs to the window when its Thursday does, as ISO
 * weeks belong to a year, so May-September 2025 has 22 weeks. A week is judged once it has ended. Each
 * measurement reports the patrols made on its date (or in the week of its date).
 */
@Component(service = IndicatorType.class)
public class PatrolsType extends BaseIndicatorType {

    static final String ID = "polizia-locale.pattugliamenti";

    public PatrolsType() {
        super(ID, PoliziaLocaleModule.ID, "Pattugliamenti settimanali nel periodo",
                Schema.of(
                        Field.required("per_settimana", Kind.INTERO, "Pattugliamenti minimi per settimana"),
                        Field.required("finestra", Kind.FINESTRA, "Periodo")
                                .withHelp("Es. {da: 2025-05-01, a: 2025-09-30}"),
                        Field.optional("soglia", Kind.INTERO, "Soglia complessiva nel periodo (facoltativa)"),
                        Field.choice("confronto", "Confronto con la soglia complessiva", false, List.of(">", ">="))),
                Schema.of(
                        Field.required("pattugliamenti", Kind.INTERO, "Pattugliamenti svolti")
                                .withHelp("Nel giorno della rilevazione o nella sua settimana"),
                        Field.optional("servizio", Kind.TESTO, "Servizio o manifestazione presidiata")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        if (indicator.parameters().requireNumber("per_settimana").signum() <= 0) {
            problems.add("i pattugliamenti per settimana devono essere almeno 1");
        }
        Window w = Window.of(indicator.parameters(), "finestra").orElseThrow();
        if (weeks(w).isEmpty()) {
            problems.add("il periodo " + w.words() + " non contiene nessuna settimana intera (serve almeno un giovedì)");
        }
        return problems;
    }

    /** The Mondays of the ISO weeks whose Thursday falls inside the window. */
    static List<LocalDate> weeks(Window w) {
        List<LocalDate> mondays = new ArrayList<>();
        LocalDate thursday = w.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        for (; !thursday.isAfter(w.to()); thursday = thursday.plusWeeks(1)) {
            mondays.add(thursday.minusDays(3));
        }
        return mondays;
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var p = ctx.indicator().parameters();
        Window w = Window.of(p, "finestra").orElseThrow();
        long perWeek = p.requireNumber("per_settimana").longValue();
        if (ctx.asOf().isBefore(w.from())) {
            return Evaluation.without(Status.NON_ANCORA_DOVUTO, "Il periodo " + w.words() + " non è ancora iniziato.");
        }
        Map<LocalDate, Long> byWeek = new LinkedHashMap<>();
        List<LocalDate> weeks = weeks(w);
        weeks.forEach(m -> byWeek.put(m, 0L));
        long total = 0;
        int inside = 0;
        for (Measurement m : ctx.measurements()) {
            if (!w.contains(m.date())) {
                continue;
            }
            inside++;
            long n = m.values().requireNumber("pattugliamenti").longValue();
            total += n;
            byWeek.computeIfPresent(m.date().with(DayOfWeek.MONDAY), (k, v) -> v + n);
        }
        if (inside == 0) {
            return noData(ctx, w.to(), "pattugliamenti " + w.words());
        }
        int judged = 0;
        List<LocalDate> short_ = new ArrayList<>();
        for (LocalDate monday : weeks) {
            if (monday.plusDays(6).isBefore(ctx.asOf()) || !ctx.asOf().isBefore(w.to())) {
                judged++;
                if (byWeek.get(monday) < perWeek) {
                    short_.add(monday);
                }
            }
        }
        double weekShare = judged == 0 ? 1.0 : (double) (judged - short_.size()) / judged;
        StringBuilder text = new StringBuilder();
        if (judged == 0) {
            text.append("Nessuna settimana del periodo ancora conclusa");
        } else if (short_.isEmpty()) {
            text.append(judged == weeks.size() ? "Tutte le " : "Tutte le prime ").append(judged)
                    .append(" settimane con almeno ").append(perWeek).append(" pattugliamenti");
        } else {
            text.append(short_.size()).append(short_.size() == 1 ? " settimana su " : " settimane su ").append(judged)
                    .append(" sotto i ").append(perWeek).append(" pattugliamenti (")
                    .append(short_.size() == 1 ? "settimana del " : "settimane del ");
            for (int i = 0; i < Math.min(3, short_.size()); i++) {
                text.append(i == 0 ? "" : ", ").append(Texts.date(short_.get(i)));
            }
            text.append(short_.size() > 3 ? ", ...)" : ")");
        }
        double attainment = weekShare;
        boolean onPace = Pace.onPace(weekShare);
        if (p.has("soglia")) {
            BigDecimal threshold = p.requireNumber("soglia");
            String comparison = p.text("confronto").orElse(">=");
            double totalShare = Grading.attainment(total, Grading.required(threshold, comparison));
            attainment = Math.min(attainment, totalShare);
            onPace &= Pace.onPace(totalShare, w.from(), w.to(), ctx.asOf());
            text.append("; ").append(total).append(" pattugliamenti ").append(w.words())
                    .append(" contro una soglia di ").append(Grading.thresholdText(threshold, comparison));
        } else {
            text.append("; ").append(total).append(" pattugliamenti in tutto");
        }
        text.append('.');
        if (ctx.asOf().isBefore(w.to())) {
            return Grading.inProgress(ctx, attainment, text.toString(), onPace);
        }
        return grade(ctx, w.to(), attainment, text.toString(), onPace);
    }
}
