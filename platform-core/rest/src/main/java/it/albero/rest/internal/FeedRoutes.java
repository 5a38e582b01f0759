package it.albero.rest.internal;

import java.io.IOException;
import java.util.List;

import it.albero.api.feed.FeedProblem;
import it.albero.api.feed.FeedReport;
import it.albero.api.store.PlanKey;

/** Measurements from files: the installed sources, and feeding a file to a plan through one of them. */
final class FeedRoutes {

    private final Services s;

    FeedRoutes(Services services) {
        this.s = services;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/feeds").tag("Fonti di dati").summary("Le fonti installate e le colonne che leggono")
                        .returnsList(Dto.SourceInfo.class)
                        .handle(c -> s.feeds().sources().stream()
                                .map(x -> new Dto.SourceInfo(x.id(), x.module(), x.label(), x.columns())).toList()),
                Route.post("/plans/{ente}/{plan}/feeds/{source}").tag("Fonti di dati")
                        .summary("Acquisisce le rilevazioni da un file (CSV o XLSX) tramite una fonte, tutto o niente:"
                                + " il file è il corpo della richiesta (con filename) o la parte 'file' di un"
                                + " multipart/form-data. Lo stesso file due volte non registra nulla; una nuova"
                                + " versione del file corregge le rilevazioni della precedente. Con dryRun=true"
                                + " controlla e non scrive; gli errori (riga, colonna, motivo) sono nel corpo, con 422")
                        .roles("admin, performance; direttore solo se il file riguarda le proprie unità")
                        .query("filename", "string", "il nome del file: il formato dall'estensione (.csv, .xlsx)")
                        .query("dryRun", "boolean", "true: solo controllo, nulla viene scritto")
                        .returns(Dto.FeedResult.class)
                        .handle(this::feed));
    }

    private Object feed(Call c) throws IOException {
        PlanKey key = s.plan(c).key();
        Call.Upload upload = c.upload();
        if (upload.fileName() == null) {
            throw ApiException.badField("filename", "indicare il nome del file (.csv o .xlsx)");
        }
        FeedReport r = s.feeds().feed(c.caller, key, c.path("source"), upload.fileName(),
                upload.content(), c.flag("dryRun"));
        Dto.FeedResult result = new Dto.FeedResult(r.source(), r.file(), r.hash(), r.dryRun(), r.ok(), r.written(),
                r.duplicate(), r.recorded(), r.corrected(), r.byIndicator(), problems(r.errors()),
                problems(r.warnings()));
        if (!r.ok()) {
            return ApiException.FileProblem.reply("Il file contiene " + r.errors().size()
                    + " errori: nulla è stato registrato.", result, result.errors().stream()
                    .map(e -> ApiException.FileProblem.at(e.riga(), e.colonna(), e.motivo())));
        }
        return result;
    }

    private static List<Dto.FeedProblemInfo> problems(List<FeedProblem> list) {
        return list.stream().map(p -> new Dto.FeedProblemInfo(p.file(), p.row(), p.column(), p.message())).toList();
    }
}
