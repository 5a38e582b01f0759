package it.albero.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import it.albero.api.model.PlanStatus;
import it.albero.api.report.Report;
import it.albero.api.report.ReportFormat;
import it.albero.api.report.ReportKind;
import it.albero.api.store.PlanKey;

/** A report on its snapshot: every format is written from the same {@link ReportData}. */
final class ReportImpl implements Report {

    private final ReportData data;
    private final ZoneId zone;

    ReportImpl(ReportData data, ZoneId zone) {
        this.data = data;
        this.zone = zone;
    }

    ReportData data() {
        return data;
    }

    @Override
    public ReportKind kind() {
        return data.kind();
    }

    @Override
    public PlanKey plan() {
        return new PlanKey(data.ente().code(), data.planCode());
    }

    @Override
    public int planVersion() {
        return data.version();
    }

    @Override
    public PlanStatus planStatus() {
        return data.status();
    }

    @Override
    public LocalDate asOf() {
        return data.asOf();
    }

    @Override
    public String unitCode() {
        return data.unitCode();
    }

    @Override
    public Instant generatedAt() {
        return data.generatedAt();
    }

    @Override
    public String fileName(ReportFormat format) {
        String name = data.ente().code() + "-" + data.planCode() + "-" + data.kind().id()
                + (data.unitCode() == null ? "" : "-" + data.unitCode()) + "-" + data.asOf() + "." + format.id();
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public void write(ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case PDF -> new PdfReport(data, zone).write(out);
            case XLSX -> new XlsxReport(data, zone).write(out);
            case CSV -> CsvReport.write(data, out);
        }
    }
}
