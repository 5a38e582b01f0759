/**
 * The performance tree as immutable values: Ente, Plan, OrgUnit, Objective, Indicator, Measurement,
 * Timing (the "Tempi" of the plan) and the result of an evaluation. No framework types.
 */
@Export
@Version("1.3.0")
package it.albero.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
