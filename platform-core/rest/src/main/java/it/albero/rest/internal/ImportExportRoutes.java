package it.albero.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;


import it.albero.api.io.ImportProblem;
import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.model.Plan;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanSummary;

/** Plan import (upload, with a dry run) and export (download) in YAML, CSV and XLSX. */
final class ImportExportRoutes {

    private final Services s;

    ImportExportRoutes(Services services) {
        this.s = services;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/plans/import").tag("Import ed export")
                        .summary("Importa un piano (YAML, CSV, XLSX), tutto o niente. Il file è il corpo della"
                                + " richiesta (con filename) o la parte 'file' di un multipart/form-data. Con"
                                + " dryRun=true controlla e non scrive nulla; gli errori (riga, colonna, motivo) sono"
                                + " nel corpo, con 422")
                        .roles("admin, performance")
                        .query("filename", "string", "il nome del file: il formato dall'estensione")
                        .query("format", "string", "yaml, csv o xlsx (se il nome non lo dice)")
                        .query("dryRun", "boolean", "true: solo controllo, nulla viene scritto")
                        .returns(Dto.ImportResult.class)
                        .handle(this::importPlan),
                Route.get("/plans/{ente}/{plan}/export").tag("Import ed export")
                        .summary("Scarica il piano (o una sua versione) in YAML, CSV o XLSX")
                        .query("format", "string", "yaml (predefinito), csv o xlsx")
                        .query("version", "integer", "una versione salvata (GET .../versions); l'attuale se assente")
                        .produces("application/yaml", "text/csv",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .handle(this::export));
    }

    private Object importPlan(Call c) throws IOException {
        Call.Upload upload = c.upload();
        String fileName = upload.fileName();
        byte[] content = upload.content();
        PlanFormat format = format(c, fileName);
        String name = fileName == null ? "piano." + format.id() : fileName;
        ImportReport r = s.planService().importPlan(c.caller, name, format, new ByteArrayInputStream(content),
                c.flag("dryRun"));
        Dto.ImportResult result = result(r);
        if (!r.ok()) {
            return ApiException.FileProblem.reply("Il file contiene " + r.errors().size()
                    + " errori: nulla è stato scritto.", result, result.errors().stream()
                    .map(e -> ApiException.FileProblem.at(e.riga(), e.colonna(), e.motivo())));
        }
        return result;
    }

    private static PlanFormat format(Call c, String fileName) {
        String f = c.query("format");
        if (f != null) {
            try {
                return PlanFormat.parse(f);
            } catch (IllegalArgumentException e) {
                throw ApiException.badField("format", e.getMessage());
            }
        }
        if (fileName != null) {
            return PlanFormat.ofFileName(fileName).orElseThrow(() -> ApiException.badField("filename",
                    "estensione non riconosciuta in '" + fileName + "' (ammesse .yaml, .yml, .csv, .xlsx)"));
        }
        throw ApiException.badField("format", "indicare format (yaml, csv, xlsx) o filename");
    }

    static Dto.ImportResult result(ImportReport r) {
        Plan p = r.plan();
        return new Dto.ImportResult(r.file(), r.format() == null ? null : r.format().id(), r.ok(), r.dryRun(),
                r.written(), p == null ? null : p.ente().code(), p == null ? null : p.code(), r.version(),
                r.replacedVersion(), r.indicatorsByUnit(), problems(r.errors()), problems(r.warnings()),
                proposals(r));
    }

    /** The indicators whose type the importer proposed, as the console's dry run lists them. */
    private static List<Dto.Proposal> proposals(ImportReport r) {
        if (r.plan() == null || r.proposed().isEmpty()) {
            return List.of();
        }
        java.util.Set<String> proposed = new java.util.HashSet<>(r.proposed());
        return r.plan().indicators().stream().filter(i -> proposed.contains(i.code()))
                .map(i -> new Dto.Proposal(i.code(), i.instrument(), i.expectedResult(), i.timing().text(),
                        i.typeId(), Views.values(i.parameters()), i.review() == null || i.review().isBlank(),
                        i.review())).toList();
    }

    private static List<Dto.ImportProblemInfo> problems(List<ImportProblem> list) {
        return list.stream().map(e -> new Dto.ImportProblemInfo(e.file(), e.row(), e.column(), e.reason())).toList();
    }

    private Reply export(Call c) throws IOException {
        PlanSummary sum = s.plan(c);
        PlanFormat format;
        try {
            format = c.query("format") == null ? PlanFormat.YAML : PlanFormat.parse(c.query("format"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("format", e.getMessage());
        }
        String v = c.query("version");
        Plan plan;
        if (v == null) {
            plan = s.plans().load(sum.key()).orElseThrow(() -> ApiException.notFound("Piano non trovato."));
        } else {
            int n = c.integer("version", 0, Integer.MAX_VALUE);
            plan = s.plans().load(sum.key(), n).orElseThrow(() -> ApiException.notFound("Versione " + n
                    + " del piano " + sum.key() + " non presente (GET .../versions le elenca)."));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.exporter().export(plan, format, out);
        String type = switch (format) {
            case YAML -> "application/yaml; charset=UTF-8";
            case CSV -> "text/csv; charset=UTF-8";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        };
        String file = PlanKey.of(plan).enteCode() + "-" + plan.code() + (v == null ? "" : "-v" + plan.version())
                + "." + format.id();
        return Reply.bytes(out.toByteArray(), type)
                .header("Content-Disposition", "attachment; filename=\"" + file.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"").etag(plan.version());
    }
}
