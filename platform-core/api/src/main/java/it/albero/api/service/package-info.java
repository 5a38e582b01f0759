/**
 * The operations of the performance cycle as every entry point (console, REST, web UI, data feeds) calls them:
 * who is asking ({@link it.albero.api.service.Caller}), what they may do ({@link it.albero.api.service.AccessPolicy})
 * and the guarded operations ({@link it.albero.api.service.MeasurementService},
 * {@link it.albero.api.service.PlanService}, {@link it.albero.api.service.EvaluationService}). A rule (who may
 * write what, how typed values are read, which plan is current) lives here once, below every entry point.
 */
@Export
@Version("1.2.0")
package it.albero.api.service;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
