package it.albero.api.report;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.service.Caller;
import it.albero.api.store.PlanKey;

/** Builds reports of stored plans, for any caller that may read them ({@link it.albero.api.service.Permission#READ}). */
@ProviderType
public interface ReportService {

    /**
     * Takes one snapshot of the plan's evaluation and returns the report built from it.
     *
     * @param asOf     the date of the evaluation; {@code null}: 31 December of the reference year for the
     *                 Relazione, today (the platform's time zone) for the monitoring
     * @param unitCode a unit code to limit the report to that unit, or {@code null} for the whole plan
     * @throws it.albero.api.service.AccessDeniedException when the caller may not read
     * @throws it.albero.api.service.NotFoundException     when the plan or the unit is unknown
     */
    Report build(Caller caller, PlanKey plan, ReportKind kind, LocalDate asOf, String unitCode);
}
