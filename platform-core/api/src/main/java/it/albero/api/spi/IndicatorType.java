package it.albero.api.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;

/**
 * An indicator type, registered as an OSGi service by the core (generic types) or by a sector module.
 * The engine finds it by {@link #id()}; an indicator whose type is absent evaluates as
 * "modulo non installato", and one whose type throws or runs too long as "errore".
 * <p>
 * <b>Stateless.</b> A type keeps nothing between calls: the engine evaluates many indicators with one instance,
 * from several threads at once, and the same indicator again at any time; everything an evaluation needs comes
 * from its {@link EvaluationContext}. A result must not depend on the order of calls or on a clock: the date is
 * {@link EvaluationContext#asOf()}.
 * <p>
 * <b>Stops when interrupted.</b> The engine runs each evaluation with a time limit and interrupts the thread when
 * it is over: a type that loops (over days, cases, periods) checks {@link Thread#isInterrupted()} and gives up,
 * and never swallows an {@link InterruptedException}. A type that does not stop is suspended.
 * <p>
 * Most types extend {@link BaseIndicatorType}. The shared rules are in this package, so that every type gives the
 * same answer: {@link Pace} ("a rischio"), {@link Targets} (the 0-100% target), {@link Window},
 * {@link WorkingDays}, {@link Texts}.
 */
@ConsumerType
public interface IndicatorType {

    /** Unique id: a plain word for the core's generic types, {@code <module>.<name>} for a sector's. */
    String id();

    /** Id of the module that contributes it: {@code core} or the sector module id. */
    String moduleId();

    /** Italian label. */
    String label();

    /** The parameters an indicator of this type carries. */
    Schema parameters();

    /** The values a measurement of this type carries. */
    Schema measurement();

    /**
     * Checks an indicator's parameters.
     *
     * @return Italian messages, empty when valid
     */
    List<String> validate(Indicator indicator);

    /** Evaluates an indicator from its measurements as of a date. */
    Evaluation evaluate(EvaluationContext context);
}
