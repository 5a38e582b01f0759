package it.albero.rest.internal;

import java.util.List;
import java.util.Optional;

import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.store.AuditEntry;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanSummary;

/** Enti, plans with versions and status, the tree, one unit, one node, the audit trail of a node. */
final class PlanRoutes {

    private final Services s;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    PlanRoutes(Services services, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.s = services;
        this.json = json;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/enti").tag("Piani").summary("Gli enti presenti").returnsList(Dto.EnteInfo.class)
                        .handle(c -> s.planService().enti(c.caller).stream()
                                .map(e -> new Dto.EnteInfo(e.code(), e.name())).toList()),
                Route.get("/plans").tag("Piani").summary("I piani, con stato e versione; current marca il piano corrente")
                        .query("ente", "string", "solo i piani di questo ente")
                        .returnsList(Dto.PlanInfo.class)
                        .handle(this::plans),
                Route.get("/plans/current").tag("Piani").summary("Il piano corrente (anno di riferimento più recente)")
                        .returns(Dto.PlanInfo.class)
                        .handle(c -> {
                            PlanSummary p = s.planService().current(c.caller).orElseThrow(
                                    () -> ApiException.notFound("Nessun piano nell'archivio."));
                            return Reply.json(200, Views.plan(p, true)).etag(p.version());
                        }),
                Route.get("/plans/{ente}/{plan}").tag("Piani").summary("Un piano: stato, versione (anche come ETag)")
                        .returns(Dto.PlanInfo.class)
                        .handle(c -> {
                            PlanSummary p = s.plan(c);
                            return Reply.json(200, Views.plan(p, isCurrent(c, p))).etag(p.version());
                        }),
                Route.get("/plans/{ente}/{plan}/versions").tag("Piani")
                        .summary("Le versioni salvate del piano (variazioni in corso d'anno)")
                        .returnsList(Dto.VersionInfo.class)
                        .handle(c -> s.plans().versions(s.plan(c).key()).stream()
                                .map(v -> new Dto.VersionInfo(v.version(), v.status().label(), v.title(), v.savedAt(),
                                        v.author(), v.indicators())).toList()),
                Route.put("/plans/{ente}/{plan}/status").tag("Piani")
                        .summary("Cambia lo stato del piano (bozza, adottato, monitoraggio, rendicontazione, validato);"
                                + " richiede If-Match con l'ETag del piano")
                        .roles("admin, performance; validato: admin, oiv")
                        .request(Dto.StatusChange.class).returns(Dto.PlanInfo.class)
                        .handle(this::changeStatus),
                Route.get("/plans/{ente}/{plan}/tree").tag("Albero")
                        .summary("L'albero del piano: unità, obiettivi, fasi, indicatori")
                        .returns(Dto.Tree.class)
                        .handle(c -> {
                            Plan p = load(c);
                            PlanSummary sum = s.plan(c);
                            return Reply.json(200, new Dto.Tree(Views.plan(sum, isCurrent(c, sum)),
                                    p.units().stream().map(u -> Views.unit(u, s.engine())).toList()))
                                    .etag(sum.version());
                        }),
                Route.get("/plans/{ente}/{plan}/units/{unit}").tag("Albero").summary("L'albero di un'unità")
                        .returns(Dto.UnitInfo.class)
                        .handle(c -> {
                            Plan p = load(c);
                            return Reply.json(200, Views.unit(p.unit(c.path("unit")).orElseThrow(() ->
                                    ApiException.notFound("Unità '" + c.path("unit") + "' non presente nel piano "
                                            + PlanKey.of(p) + ".")), s.engine())).etag(p.version());
                        }),
                Route.get("/plans/{ente}/{plan}/nodes/{code}").tag("Albero")
                        .summary("Un nodo per codice: unità, obiettivo (o fase) o indicatore")
                        .returns(Dto.Node.class)
                        .handle(c -> {
                            Plan p = load(c);
                            return Reply.json(200, Views.node(p, c.path("code"), s.engine()).orElseThrow(
                                    () -> unknownNode(p, c.path("code")))).etag(p.version());
                        }),
                Route.get("/plans/{ente}/{plan}/indicators/{code}").tag("Albero")
                        .summary("Un indicatore: tipo, parametri, Tempi e lo schema dei valori delle rilevazioni")
                        .returns(Dto.IndicatorInfo.class)
                        .handle(c -> {
                            Plan p = load(c);
                            Dto.Node n = Views.node(p, c.path("code"), s.engine())
                                    .filter(x -> x.indicator() != null)
                                    .orElseThrow(() -> ApiException.notFound("Indicatore '" + c.path("code")
                                            + "' non presente nel piano " + PlanKey.of(p) + "."));
                            return Reply.json(200, n.indicator()).etag(p.version());
                        }),
                Route.get("/plans/{ente}/{plan}/audit/{code}").tag("Audit")
                        .summary("Il registro delle modifiche di un nodo del piano (o del piano), dal più recente")
                        .query("limit", "integer", "quante voci al massimo (1-1000, 100 se assente)")
                        .returnsList(Dto.AuditInfo.class)
                        .handle(this::audit));
    }

    private List<Dto.PlanInfo> plans(Call c) {
        String ente = c.query("ente");
        Optional<PlanSummary> current = s.planService().current(c.caller);
        return s.planService().plans(c.caller).stream().filter(p -> ente == null || p.ente().code().equals(ente))
                .map(p -> Views.plan(p, current.map(x -> x.key().equals(p.key())).orElse(false))).toList();
    }

    private boolean isCurrent(Call c, PlanSummary p) {
        return s.planService().current(c.caller).map(x -> x.key().equals(p.key())).orElse(false);
    }

    private Object changeStatus(Call c) {
        PlanSummary p = s.plan(c);
        Dto.StatusChange body = c.body(Dto.StatusChange.class);
        if (body.status() == null) {
            throw ApiException.badField("status", "campo obbligatorio");
        }
        PlanStatus next;
        try {
            next = PlanStatus.parse(body.status());
        } catch (IllegalArgumentException e) {
            throw new ApiException(422, "Stato non valido: " + e.getMessage(),
                    List.of(new ApiException.FieldError("status", e.getMessage())));
        }
        c.requireIfMatch(p.version());
        PlanSummary done = s.planService().changeStatus(c.caller, p.key(), next, p.version());
        return Reply.json(200, Views.plan(done, isCurrent(c, done))).etag(done.version());
    }

    private Plan load(Call c) {
        PlanSummary p = s.plan(c);
        return s.plans().load(p.key()).orElseThrow(() -> ApiException.notFound("Piano " + p.key() + " non trovato."));
    }

    private Object audit(Call c) {
        Plan p = load(c);
        String code = c.path("code");
        if (!code.equals(p.code()) && Views.node(p, code, s.engine()).isEmpty()) {
            throw unknownNode(p, code);
        }
        int limit = c.integer("limit", 100, 1000);
        return s.audit().byCode(PlanKey.of(p), code, limit).stream().map(this::audit).toList();
    }

    private Dto.AuditInfo audit(AuditEntry e) {
        return new Dto.AuditInfo(e.id(), e.at(), e.author(), e.action(), e.entity(),
                e.plan() == null ? null : e.plan().toString(), e.code(), tree(e.before()), tree(e.after()),
                e.outcome().label(), e.message());
    }

    private Object tree(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            return text;
        }
    }

    private static ApiException unknownNode(Plan p, String code) {
        return ApiException.notFound("Codice '" + code + "' non presente nel piano " + PlanKey.of(p) + ".");
    }
}
