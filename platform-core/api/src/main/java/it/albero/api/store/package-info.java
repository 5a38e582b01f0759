/**
 * Where plans, measurements, score overrides and the audit trail live: {@link it.albero.api.store.PlanStore},
 * {@link it.albero.api.store.MeasurementStore}, {@link it.albero.api.store.OverrideStore},
 * {@link it.albero.api.store.AuditTrail} and {@link it.albero.api.store.BackupService}, provided by the core's
 * store bundle as OSGi services.
 * Every save keeps the whole tree of the version it writes ({@link it.albero.api.store.PlanStore#versions}).
 * Every write is one transaction; stale updates fail with {@link it.albero.api.store.ConflictException};
 * bad input fails with {@link it.albero.api.store.ValidationException} and changes nothing.
 */
@Export
@Version("1.4.0")
package it.albero.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
