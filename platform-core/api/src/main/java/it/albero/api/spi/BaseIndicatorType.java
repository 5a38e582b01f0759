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
     * (with the provisional score, flagged at risk when {@code onPace} is false).
     */
    protected static Evaluation grade(EvaluationContext ctx, double attainment, String explanation, boolean onPace) {
        ScoringPolicy scoring = ctx.scoring();
        double score = scoring.score(attainment);
        Optional<LocalDate> due = deadline(ctx);
        if (due.isPresent() && ctx.asOf().isBefore(due.get()) && attainment < 1.0) {
            return new Evaluation(score, Status.IN_CORSO, explanation, !onPace);
        }
        return Evaluation.of(score, scoring.status(score), explanation);
    }

    /** "Dati mancanti" after the deadline, "non ancora dovuto" before it. */
    protected static Evaluation noData(EvaluationContext ctx, String what) {
        Optional<LocalDate> due = deadline(ctx);
        if (due.isPresent() && ctx.asOf().isBefore(due.get())) {
            return Evaluation.without(Status.NON_ANCORA_DOVUTO, "Nessuna rilevazione di " + what
                    + "; scadenza " + Texts.date(due.get()) + ".");
        }
        return Evaluation.without(Status.DATI_MANCANTI, "Nessuna rilevazione di " + what + ".");
    }
}
