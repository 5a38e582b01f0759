package it.albero.types.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Timing;
import it.albero.api.model.Values;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Texts;
import it.albero.api.spi.Window;

/**
 * {@code ricorrente}: a recurring activity. With {@code periodicita} the reference year (or the window
 * {@code finestra}, periods cut at its ends) is split into periods — ISO weeks of the reference year (52 or
 * 53, from the Monday of week 1, which may fall in December of the year before), months, two-month periods,
 * quarters, semesters or the year — and the score is the share of periods with at least one measurement
 * {@code data} in them. Before the end: "in corso", counting the periods ended so far plus the current one
 * when already covered; at risk below 90% of them. With {@code volte} (n times a year) the activity is
 * counted on distinct dates, wherever in the year or window they fall: attainment = dates / n, with a linear
 * pace. When neither is given, the indicator's "Tempi" recurrence ("settimanale", "4 volte l'anno") is used.
 */
@Component(service = IndicatorType.class)
public class RecurringType extends CoreType {

    static final List<String> FREQUENCIES = List.of("settimanale", "mensile", "bimestrale", "trimestrale",
            "semestrale", "annuale");

    public RecurringType() {
        super("ricorrente", "Attività ricorrente: quota dei periodi coperti",
                Schema.of(
                        Field.choice("periodicita", "Periodicità", false, FREQUENCIES)
                                .withHelp("In alternativa a 'volte'; la settimana è quella ISO (da lunedì)"),
                        Field.optional("volte", Kind.INTERO, "Volte l'anno")
                                .withHelp("In alternativa a 'periodicita': numero di volte nell'anno, in date distinte"),
                        new Field("finestra", Kind.FINESTRA, "Finestra", false,
                                "Periodo {da, a} dentro un anno; se assente vale l'anno di riferimento", List.of())),
                Schema.of(Field.required("data", Kind.DATA, "Data dell'attività")));
    }

    /** The recurrence of an indicator: a frequency, or a number of times. */
    record Recurrence(String frequency, int times) {

        static Optional<Recurrence> of(Indicator indicator) {
            Values p = indicator.parameters();
            Optional<String> f = p.text("periodicita");
            if (f.isPresent()) {
                return Optional.of(new Recurrence(f.get(), 0));
            }
            if (p.has("volte")) {
                return Optional.of(new Recurrence(null, p.requireNumber("volte").intValue()));
            }
            if (indicator.timing() instanceof Timing.Recurring r) {
                return Optional.of(r.frequency() == Timing.Frequency.VOLTE_L_ANNO
                        ? new Recurrence(null, r.timesPerYear())
                        : new Recurrence(r.frequency().name().toLowerCase(Locale.ROOT), 0));
            }
            return Optional.empty();
        }
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        List<String> problems = new ArrayList<>();
        Values p = indicator.parameters();
        if (p.has("periodicita") && p.has("volte")) {
            problems.add("indicare 'periodicita' oppure 'volte', non entrambi");
        }
        Optional<Recurrence> r = Recurrence.of(indicator);
        if (r.isEmpty()) {
            problems.add("manca la ricorrenza: indicare 'periodicita' (" + String.join(", ", FREQUENCIES)
                    + ") oppure 'volte'");
        } else if (r.get().frequency() == null && (r.get().times() < 1 || r.get().times() > 366)) {
            problems.add("'volte' deve essere tra 1 e 366, non " + r.get().times());
        }
        windowAcrossYears(p).ifPresent(problems::add);
        return problems;
    }

    /** The range the periods cover: the window, or the reference year (the ISO week-based year for weeks). */
    static Window range(String frequency, Optional<Window> window, int year) {
        if (window.isPresent()) {
            return window.get();
        }
        if ("settimanale".equals(frequency)) {
            LocalDate first = LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            return new Window(first, first.plusWeeks(weeks).minusDays(1));
        }
        return Window.year(year);
    }

    /** The periods of a frequency that meet the range, each cut to it, in order. */
    static List<Window> periods(String frequency, Window range) {
        List<Window> out = new ArrayList<>();
        LocalDate start = naturalStart(frequency, range.from());
        while (!start.isAfter(range.to())) {
            LocalDate next = switch (frequency) {
                case "settimanale" -> start.plusWeeks(1);
                case "mensile" -> start.plusMonths(1);
                case "bimestrale" -> start.plusMonths(2);
                case "trimestrale" -> start.plusMonths(3);
                case "semestrale" -> start.plusMonths(6);
                case "annuale" -> start.plusYears(1);
                default -> throw new IllegalArgumentException("periodicità '" + frequency + "' non ammessa (ammesse: "
                        + FREQUENCIES + ")");
            };
            new Window(start, next.minusDays(1)).intersect(range).ifPresent(out::add);
            start = next;
        }
        return out;
    }

    private static LocalDate naturalStart(String frequency, LocalDate d) {
        int months = switch (frequency) {
            case "settimanale" -> 0;
            case "mensile" -> 1;
            case "bimestrale" -> 2;
            case "trimestrale" -> 3;
            case "semestrale" -> 6;
            default -> 12;
        };
        if (months == 0) {
            return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / months * months + 1, 1);
    }

    private static String label(String frequency, Window p) {
        return switch (frequency) {
            case "settimanale" -> "settimana " + p.from().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case "mensile" -> p.from().getMonth().getDisplayName(TextStyle.FULL, Locale.ITALIAN);
            default -> p.text();
        };
    }

    private static String noun(String frequency, boolean plural) {
        return switch (frequency) {
            case "settimanale" -> plural ? "settimane" : "settimana";
            case "mensile" -> plural ? "mesi" : "mese";
            case "bimestrale" -> plural ? "bimestri" : "bimestre";
            case "trimestrale" -> plural ? "trimestri" : "trimestre";
            case "semestrale" -> plural ? "semestri" : "semestre";
            default -> plural ? "anni" : "anno";
        };
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Recurrence r = Recurrence.of(ctx.indicator()).orElseThrow(() -> new IllegalArgumentException(
                "manca la ricorrenza ('periodicita' o 'volte')"));
        Optional<Window> window = window(ctx.indicator().parameters(), "finestra");
        LocalDate asOf = ctx.asOf();
        Window range = range(r.frequency(), window, ctx.referenceYear());
        String where = window.isPresent() ? "nella finestra " + range.text() : "nell'anno";
        if (asOf.isBefore(range.from())) {
            return Evaluation.without(Status.NON_ANCORA_DOVUTO, "Il periodo " + range.text() + " non è ancora iniziato.");
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Measurement m : ctx.measurements()) {
            LocalDate d = dateValue(m, "data");
            if (!d.isAfter(asOf) && range.contains(d)) {
                dates.add(d);
            }
        }
        if (ctx.measurements().isEmpty() && !asOf.isBefore(range.to())) {
            // nothing recorded at all once the period is over: missing data, as for every type (issue 13)
            return Evaluation.without(Status.DATI_MANCANTI, "Nessuna rilevazione " + where + " (" + range.text()
                    + ").");
        }
        return r.frequency() == null ? times(ctx, r.times(), range, where, dates)
                : periodic(ctx, r.frequency(), range, where, dates);
    }

    private static Evaluation times(EvaluationContext ctx, int n, Window range, String where, TreeSet<LocalDate> dates) {
        int done = dates.size();
        String text = done + (done == 1 ? " volta " : " volte ") + where + " (fino al "
                + Texts.date(ctx.asOf().isAfter(range.to()) ? range.to() : ctx.asOf()) + ") contro " + n + " attese"
                + (dates.isEmpty() ? "" : "; ultima il " + Texts.date(dates.last())) + ".";
        boolean onPace = Pace.onPace((double) done / n, range.from(), range.to(), ctx.asOf());
        return gradeBy(ctx, range.to(), (double) done / n, text, onPace, true);
    }

    private static Evaluation periodic(EvaluationContext ctx, String frequency, Window range, String where,
                                       TreeSet<LocalDate> dates) {
        LocalDate asOf = ctx.asOf();
        List<Window> periods = periods(frequency, range);
        int due = 0;
        int covered = 0;
        List<String> gaps = new ArrayList<>();
        for (Window p : periods) {
            LocalDate in = dates.ceiling(p.from());
            boolean hit = in != null && !in.isAfter(p.to());
            boolean ended = !asOf.isBefore(p.to());
            if (hit) {
                covered++;
                due++;
            } else if (ended) {
                due++;
                gaps.add(label(frequency, p));
            }
        }
        boolean over = !asOf.isBefore(range.to());
        String e = "settimanale".equals(frequency) ? "e" : "i";
        StringBuilder text = new StringBuilder("Copert" + e + " " + covered + " " + noun(frequency, covered != 1)
                + " su ");
        if (over) {
            text.append(periods.size()).append(' ').append(where);
        } else {
            text.append(due).append(" trascors").append(e).append(" (").append(periods.size()).append(' ')
                    .append(where).append(')');
        }
        if (!gaps.isEmpty()) {
            text.append("; scopert").append(e).append(": ").append(String.join(", ", gaps.subList(0, Math.min(6, gaps.size()))));
            if (gaps.size() > 6) {
                text.append(" e altri ").append(gaps.size() - 6);
            }
        }
        text.append('.');
        if (over) {
            double score = ctx.scoring().score((double) covered / periods.size());
            return Evaluation.of(score, ctx.scoring().status(score), text.toString());
        }
        if (due == 0) {
            return Evaluation.without(Status.IN_CORSO, text.toString());
        }
        double share = (double) covered / due;
        return new Evaluation(ctx.scoring().score(share), Status.IN_CORSO, text.toString(), !Pace.onPace(share));
    }
}
