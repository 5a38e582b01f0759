package it.albero.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import it.albero.api.report.Report;
import it.albero.api.report.ReportFormat;
import it.albero.api.report.ReportKind;
import it.albero.api.store.PlanSummary;

/** Downloads of the Relazione sulla performance and of the monitoring, in PDF, XLSX or open-data CSV. */
final class ReportRoutes {

    private final Services s;

    ReportRoutes(Services services) {
        this.s = services;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/plans/{ente}/{plan}/reports/{kind}").tag("Rapporti")
                        .summary("Scarica la Relazione sulla performance (kind=relazione, di norma al 31/12 dell'anno"
                                + " di riferimento) o il monitoraggio (kind=monitoraggio, di norma a oggi) in PDF, XLSX"
                                + " o CSV (dati aperti). Tutti i numeri vengono da un'unica valutazione; le intestazioni"
                                + " Albero-Plan-Version e Albero-As-Of dicono quale")
                        .query("format", "string", "pdf (predefinito), xlsx o csv")
                        .query("asOf", "string", "la data della valutazione (aaaa-mm-gg o gg/mm/aaaa)")
                        .query("unit", "string", "solo questa unità")
                        .produces(ReportFormat.PDF.contentType(), ReportFormat.XLSX.contentType(),
                                ReportFormat.CSV.contentType())
                        .handle(this::report));
    }

    private Reply report(Call c) throws IOException {
        ReportKind kind;
        try {
            kind = ReportKind.parse(c.path("kind"));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Rapporto '" + c.path("kind") + "' sconosciuto: usare relazione o monitoraggio.");
        }
        ReportFormat format;
        try {
            format = c.query("format") == null ? ReportFormat.PDF : ReportFormat.parse(c.query("format"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("format", e.getMessage());
        }
        PlanSummary plan = s.plan(c);
        Report r = s.reports().build(c.caller, plan.key(), kind, c.date("asOf"), c.query("unit"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.write(format, out);
        return Reply.bytes(out.toByteArray(), format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + r.fileName(format) + "\"")
                .header("Albero-Plan-Version", Integer.toString(r.planVersion()))
                .header("Albero-As-Of", r.asOf().toString());
    }
}
