package it.albero.api.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A check over a plan: plan-quality checks at programming time, monitoring checks during the year.
 * Registered as an OSGi service by the core or by a sector module.
 * <p>
 * <b>Stateless.</b> A check keeps nothing between runs: the engine runs one instance over many plans, from several
 * threads at once; everything it looks at comes from its {@link CheckContext}, and the date is
 * {@link CheckContext#asOf()}.
 * <p>
 * <b>Stops when interrupted.</b> The engine runs each check with a time limit and interrupts the thread when it is
 * over: a check that loops over a plan checks {@link Thread#isInterrupted()} and gives up, and never swallows an
 * {@link InterruptedException}. A check that does not stop is suspended.
 * <p>
 * A check states a rule that a type also applies (the 0-100% target, the pace) with the helpers of this package,
 * e.g. {@link Targets#problem}, so that the plan gets one answer.
 */
@ConsumerType
public interface Check {

    /** Unique id: a plain word for the core's, {@code <module>.<name>} for a sector's. */
    String id();

    /** Id of the module that contributes it. */
    String moduleId();

    /** Italian label. */
    String label();

    /** Looks at the plan within the context's scope. A check that throws reports an error finding. */
    List<Finding> check(CheckContext context);
}
