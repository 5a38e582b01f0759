package it.albero.api.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;

/**
 * The boilerplate of an indicator type: id, module, label and schemas, schema validation, and helpers to
 * build evaluations. A type implements {@link #evaluate(EvaluationContext)} and, when it has rules beyond
 * the schema, {@link #validateParameters(Indicator)}.
 */
@ConsumerType
public abstract class BaseIndicatorType implements IndicatorType {

    private final String id;
    private final String moduleId;
    private final String label;
    private final Schema parameters;
    private final Schema measurement;

    protected BaseIndicatorType(String id, String moduleId, String label, Schema parameters, Schema measurement) {
        this.id = id;
        this.moduleId = moduleId;
        this.label = label;
        this.parameters = parameters;
        this.measurement = measurement;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String moduleId() {
        return moduleId;
    }

    @Override
    public final String label() {
        return label;
    }

    @Override
    public final Schema parameters() {
        return parameters;
    }

    @Override
    public final Schema measurement() {
        return measurement;
    }

    @Override
    public List<String> validate(Indicator indicator) {
        List<String> problems = new ArrayList<>(parameters.validate(indicator.parameters(), indicator.code()));
        if (problems.isEmpty()) {
            try {
                validateParameters(indicator).forEach(p -> problems.add(indicator.code() + ": " + p));
            } catch (IllegalArgumentException e) {
                problems.add(indicator.code() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /** Rules beyond the schema; messages in Italian without the indicator code. */
    protected List<String> validateParameters(Indicator indicator) {
        return List.of();
    }

    /** The deadline: the {@code scadenza} parameter if the type has one, else the timing's. */
    protected static Optional<LocalDate> deadline(EvaluationContext ctx) {
        Optional<LocalDate> own = ctx.indicator().parameters().date("scadenza");
        return own.isPresent() ? own : ctx.indicator().timing().deadline();
    }

    /** The latest measurement, if any. */
    protected static Optional<Measurement> latest(EvaluationContext ctx) {
        List<Measurement> m = ctx.measurements();
        return m.isEmpty() ? Optional.empty() : Optional.of(m.get(m.size() - 1));
    }

    /**
     * The final evaluation of an attainment once the indicator is due, or "in corso" before then
     * (with the provisional score, flagged at risk when {@code onPace} is false: compute it with {@link Pace}).
     * Without a deadline the evaluation is final at once.
     */
    protected static Evaluation grade(EvaluationContext ctx, double attainment, String explanation, boolean onPace) {
        Optional<LocalDate> due = deadline(ctx);
        if (due.isPresent()) {
            return grade(ctx, due.get(), attainment, explanation, onPace);
        }
        double score = ctx.scoring().score(attainment);
        return Evaluation.of(score, ctx.scoring().status(score), explanation);
    }

    /**
     * As {@link #grade(EvaluationContext, double, String, boolean)}, against a due date of the type's own
     * (e.g. the end of its window): final from the due date itself, "in corso" before it unless already met.
     */
    protected static Evaluation grade(EvaluationContext ctx, LocalDate due, double attainment, String explanation,
                                      boolean onPace) {
        ScoringPolicy scoring = ctx.scoring();
        double score = scoring.score(attainment);
        if (ctx.asOf().isBefore(due) && attainment < 1.0) {
            return new Evaluation(score, Status.IN_CORSO, explanation, !onPace);
        }
        return Evaluation.of(score, scoring.status(score), explanation);
    }

    /** "Dati mancanti" after the deadline (or when there is none), "non ancora dovuto" before it. */
    protected static Evaluation noData(EvaluationContext ctx, String what) {
        Optional<LocalDate> due = deadline(ctx);
        if (due.isPresent()) {
            return noData(ctx, due.get(), what);
        }
        return Evaluation.without(Status.DATI_MANCANTI, "Nessuna rilevazione di " + what + ".");
    }

    /** As {@link #noData(EvaluationContext, String)}, against a due date of the type's own. */
    protected static Evaluation noData(EvaluationContext ctx, LocalDate due, String what) {
        if (ctx.asOf().isBefore(due)) {
            return Evaluation.without(Status.NON_ANCORA_DOVUTO, "Nessuna rilevazione di " + what
                    + "; scadenza " + Texts.date(due) + ".");
        }
        return Evaluation.without(Status.DATI_MANCANTI, "Nessuna rilevazione di " + what + ".");
    }
}
