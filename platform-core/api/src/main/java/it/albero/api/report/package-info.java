/**
 * Reports of a plan: the Relazione sulla performance and the intermediate monitoring, as PDF, XLSX and open-data
 * CSV. {@link it.albero.api.report.ReportService} builds a {@link it.albero.api.report.Report} from one evaluation
 * snapshot; every format written from it shows the same numbers, the plan version and the as-of date it used.
 */
@Export
@Version("1.0.0")
package it.albero.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
