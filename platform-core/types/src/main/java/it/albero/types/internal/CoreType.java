package it.albero.types.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Schema;
import it.albero.api.spi.ScoringPolicy;
import it.albero.api.spi.Texts;
import it.albero.api.spi.Window;

/**
 * What the core's generic types share: the module id, the reference-year bounds, the windows (the API's
 * {@link Window}; the pace rule is the API's {@link it.albero.api.spi.Pace}) and a variant of {@link BaseIndicatorType#grade} for types whose due date is not the
 * indicator's deadline (a window's end, a band's date) or whose value may still fall after it was met.
 * Stateless.
 */
abstract class CoreType extends BaseIndicatorType {

    static final String MODULE = "core";

    /** A milestone not done is "a rischio" when less than this share of its time is left. */
    static final double LAST_STRETCH = 0.1;

    CoreType(String id, String label, Schema parameters, Schema measurement) {
        super(id, MODULE, label, parameters, measurement);
    }

    static LocalDate yearStart(EvaluationContext ctx) {
        return LocalDate.of(ctx.referenceYear(), 1, 1);
    }

    static LocalDate yearEnd(EvaluationContext ctx) {
        return LocalDate.of(ctx.referenceYear(), 12, 31);
    }

    /** The indicator's deadline ({@code scadenza} or the timing's), else 31 December of the reference year. */
    static LocalDate dueOrYearEnd(EvaluationContext ctx) {
        return deadline(ctx).orElse(yearEnd(ctx));
    }

    /** The window named {@code name}, if the values carry one. */
    static Optional<Window> window(Values values, String name) {
        return Window.of(values, name);
    }

    /** The problem of a window {@code finestra} that spans two years, if the parameters have one. */
    static Optional<String> windowAcrossYears(Values parameters) {
        return window(parameters, "finestra").filter(w -> !w.withinOneYear())
                .map(w -> "la finestra " + w.text() + " deve stare dentro un solo anno");
    }

    /** A date value of a measurement, or the measurement's own date when the value is absent. */
    static LocalDate dateValue(Measurement m, String name) {
        return m.values().date(name).orElse(m.date());
    }

    /** The evidence of a measurement: its {@code atto} value, else its evidence, else empty. */
    static Optional<String> evidence(Measurement m) {
        Optional<String> act = m.values().text("atto").filter(s -> !s.isBlank());
        return act.isPresent() ? act : Optional.ofNullable(m.evidence()).filter(s -> !s.isBlank());
    }

    /** Whether less than {@link #LAST_STRETCH} of the time from {@code start} to {@code due} is left. */
    static boolean lastStretch(LocalDate start, LocalDate due, LocalDate asOf) {
        if (!asOf.isBefore(due)) {
            return true;
        }
        LocalDate from = start.isAfter(due) ? due : start;
        double span = Math.max(1, ChronoUnit.DAYS.between(from, due));
        return ChronoUnit.DAYS.between(asOf, due) < LAST_STRETCH * span;
    }

    /**
     * The evaluation of an attainment due on {@code due}: final from the due day on; before it "in corso"
     * with the provisional score (at risk when off pace), unless the target is met and the value cannot
     * fall any more ({@code finalWhenMet}).
     */
    static Evaluation gradeBy(EvaluationContext ctx, LocalDate due, double attainment, String explanation,
                              boolean onPace, boolean finalWhenMet) {
        ScoringPolicy scoring = ctx.scoring();
        double score = scoring.score(attainment);
        if (ctx.asOf().isBefore(due) && (attainment < 1.0 || !finalWhenMet)) {
            return new Evaluation(score, Status.IN_CORSO, explanation, !onPace);
        }
        return Evaluation.of(score, scoring.status(score), explanation);
    }

    /** A score the type computes itself (not an attainment), final: the policy gives only the status. */
    static Evaluation scored(EvaluationContext ctx, double score, String explanation) {
        double s = Math.max(0, Math.min(1, score));
        return Evaluation.of(s, ctx.scoring().status(s), explanation);
    }

    /** Nothing to evaluate: "non ancora dovuto" before {@code due}, "dati mancanti" from then on. */
    static Evaluation nothingBy(EvaluationContext ctx, LocalDate due, String explanation) {
        if (ctx.asOf().isBefore(due)) {
            return Evaluation.without(Status.NON_ANCORA_DOVUTO, explanation + " Scadenza " + Texts.date(due) + ".");
        }
        return Evaluation.without(Status.DATI_MANCANTI, explanation);
    }

    /** An inconsistent measurement: "errore" with the reason, so that a director can correct it. */
    static Evaluation wrongData(String explanation) {
        return Evaluation.without(Status.ERRORE, explanation);
    }

    /** 0.8 -> "80%"; a plan percentage (70) -> "70%". */
    static String pct(double ratio) {
        return Texts.percent(ratio);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** An act's past participle, "adottata" / "adottato", after its first word's gender. */
    static String done(String act) {
        String first = SPACES.split(act.trim())[0].toLowerCase(java.util.Locale.ITALIAN);
        boolean feminine = first.endsWith("a") || first.endsWith("ione") || first.endsWith("ità");
        boolean isAct = first.startsWith("delib") || first.startsWith("determin") || first.startsWith("decret")
                || first.startsWith("ordinanz") || first.startsWith("regolament") || first.startsWith("verbal")
                || first.startsWith("provvediment") || first.startsWith("att") || first.startsWith("disposizion")
                || first.startsWith("convenzion") || first.startsWith("piano") || first.startsWith("d.g.")
                || first.startsWith("d.c.") || first.startsWith("dgc") || first.startsWith("dcc");
        return (isAct ? "adottat" : "completat") + (feminine ? "a" : "o");
    }
}
