package it.albero.api.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.model.PlanStatus;
import it.albero.api.store.PlanKey;

/**
 * A report built from one evaluation snapshot of a plan: the plan as stored in one version, its measurements,
 * overrides and the checks' findings, all read while nothing changed. Every format written from it shows the same
 * numbers.
 */
@ProviderType
public interface Report {

    /** Which document. */
    ReportKind kind();

    /** The plan. */
    PlanKey plan();

    /** The version of the plan the report was built from. */
    int planVersion();

    /** The plan's status at that version. */
    PlanStatus planStatus();

    /** The date of the evaluation. */
    LocalDate asOf();

    /** The unit the report is limited to, or {@code null} for the whole plan. */
    String unitCode();

    /** When the snapshot was taken. */
    Instant generatedAt();

    /** A file name for this report in that format, e.g. {@code cesano-boscone-PIAO-2025-relazione-2025-12-31.pdf}. */
    String fileName(ReportFormat format);

    /** Writes the report in a format; the stream is not closed. */
    void write(ReportFormat format, OutputStream out) throws IOException;
}
