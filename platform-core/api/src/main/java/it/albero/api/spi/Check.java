package it.albero.api.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A check over a plan: plan-quality checks at programming time, monitoring checks during the year.
 * Registered as an OSGi service by the core or by a sector module.
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
