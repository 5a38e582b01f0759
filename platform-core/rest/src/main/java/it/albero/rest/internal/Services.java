package it.albero.rest.internal;

import it.albero.api.engine.Engine;
import it.albero.api.feed.FeedService;
import it.albero.api.io.PlanExporter;
import it.albero.api.report.ReportService;
import it.albero.api.service.AccessPolicy;
import it.albero.api.service.BenchmarkService;
import it.albero.api.service.EvaluationService;
import it.albero.api.service.MeasurementService;
import it.albero.api.service.NotFoundException;
import it.albero.api.service.PlanService;
import it.albero.api.service.ReminderService;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/** The core services the routes call: the same ones the console calls. */
record Services(PlanStore plans, OverrideStore overrides, AuditTrail audit, Engine engine, PlanExporter exporter,
                AccessPolicy access, MeasurementService measurements, PlanService planService,
                EvaluationService evaluation, ReportService reports, FeedService feeds,
                ReminderService reminders, BenchmarkService benchmarks) {

    /**
     * The plan of the path's {@code {ente}/{plan}}, or 404: also when the caller does not see that ente (the
     * service answers as for a missing plan), so every route of a plan is limited to the caller's enti.
     */
    PlanSummary plan(Call call) {
        PlanKey key = new PlanKey(call.path("ente"), call.path("plan"));
        try {
            return planService.plan(call.caller, key);
        } catch (NotFoundException e) {
            throw ApiException.notFound("Piano " + key + " non trovato (GET /api/v1/plans elenca i piani).");
        }
    }
}
