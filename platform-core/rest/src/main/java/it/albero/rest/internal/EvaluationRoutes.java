package it.albero.rest.internal;

import java.time.LocalDate;
import java.util.List;

import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.ScoreOverride;
import it.albero.api.spi.Finding;
import it.albero.api.store.PlanSummary;

/** Evaluation as of a date, checks and their findings, OIV overrides. */
final class EvaluationRoutes {

    private final Services s;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private final java.util.Map<String, Written> written = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Written> eldest) {
            return size() > 64;
        }
    };

    EvaluationRoutes(Services services, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.s = services;
        this.json = json;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/plans/{ente}/{plan}/evaluation").tag("Valutazione")
                        .summary("La valutazione del piano alla data: punteggio, stato, spiegazione, a rischio, per"
                                + " ogni nodo, con le rettifiche in vigore (e il valore calcolato accanto)")
                        .query("asOf", "string", "la data (aaaa-mm-gg o gg/mm/aaaa); oggi se assente")
                        .query("unit", "string", "solo questa unità")
                        .returns(Dto.EvaluationInfo.class)
                        .handle(c -> evaluate(c, c.query("unit"))),
                Route.get("/plans/{ente}/{plan}/units/{unit}/evaluation").tag("Valutazione")
                        .summary("La valutazione di un'unità alla data")
                        .query("asOf", "string", "la data (aaaa-mm-gg o gg/mm/aaaa); oggi se assente")
                        .returns(Dto.EvaluationInfo.class)
                        .handle(c -> evaluate(c, c.path("unit"))),
                Route.get("/plans/{ente}/{plan}/findings").tag("Controlli")
                        .summary("I rilievi di tutti i controlli installati sul piano o su un'unità, alla data")
                        .query("asOf", "string", "la data; oggi se assente")
                        .query("unit", "string", "solo questa unità")
                        .returns(Dto.Findings.class)
                        .handle(this::findings),
                Route.get("/plans/{ente}/{plan}/reminders").tag("Valutazione")
                        .summary("Le scadenze senza rilevazione alla data: indicatori con scadenza entro i giorni"
                                + " configurati (promemoria) o già scaduta, senza rilevazioni nell'anno della scadenza")
                        .query("asOf", "string", "la data; oggi se assente")
                        .returns(Dto.Reminders.class)
                        .handle(this::reminders),
                Route.get("/plans/{ente}/{plan}/overrides").tag("Rettifiche")
                        .summary("Le rettifiche in vigore sul piano").returnsList(Dto.OverrideInfo.class)
                        .handle(c -> s.overrides().active(s.plan(c).key()).values().stream().map(Views::override)
                                .toList()),
                Route.put("/plans/{ente}/{plan}/overrides/{code}").tag("Rettifiche")
                        .summary("Rettifica il punteggio di un nodo (score in [0,1]) con la nota obbligatoria")
                        .roles("admin, oiv").request(Dto.NewOverride.class).returns(Dto.OverrideInfo.class)
                        .handle(this::override),
                Route.delete("/plans/{ente}/{plan}/overrides/{code}").tag("Rettifiche")
                        .summary("Annulla la rettifica di un nodo, con la nota obbligatoria (corpo {\"note\": ...}"
                                + " o parametro note)")
                        .roles("admin, oiv").request(Dto.Note.class)
                        .query("note", "string", "perché si annulla (in alternativa al corpo)")
                        .handle(this::clear));
    }

    private Reply evaluate(Call c, String unit) throws java.io.IOException {
        PlanSummary p = s.plan(c);
        LocalDate asOf = c.date("asOf");
        LocalDate day = asOf == null ? s.evaluation().today() : asOf;
        NodeEvaluation root = s.evaluation().evaluate(c.caller, p.key(), day, unit);
        String key = p.key() + "|" + p.version() + "|" + day + "|" + unit;
        Written w;
        synchronized (written) {
            w = written.get(key);
        }
        if (w == null || w.tree() != root) {
            // the service answers an unchanged plan with the same tree instance: write its JSON once
            w = new Written(root, json.writeValueAsBytes(new Dto.EvaluationInfo(p.ente().code(), p.code(),
                    p.version(), day, Views.evaluation(root))));
            synchronized (written) {
                written.put(key, w);
            }
        }
        return Reply.bytes(w.json(), "application/json; charset=UTF-8");
    }

    /** The JSON of an evaluated tree, kept while the service returns that same tree. */
    private record Written(NodeEvaluation tree, byte[] json) {
    }

    private Dto.Findings findings(Call c) {
        PlanSummary p = s.plan(c);
        LocalDate asOf = c.date("asOf");
        LocalDate day = asOf == null ? s.evaluation().today() : asOf;
        List<Finding> found = s.evaluation().check(c.caller, p.key(), day, c.query("unit"));
        return new Dto.Findings(p.ente().code(), p.code(), day, s.engine().checks().size(), found.stream()
                .map(f -> new Dto.FindingInfo(f.checkId(), f.severity().name().toLowerCase(java.util.Locale.ROOT),
                        f.severity().label(), f.location(), f.message())).toList());
    }

    private Dto.Reminders reminders(Call c) {
        PlanSummary p = s.plan(c);
        LocalDate asOf = c.date("asOf");
        LocalDate day = asOf == null ? s.evaluation().today() : asOf;
        return new Dto.Reminders(p.ente().code(), p.code(), day, s.reminders().daysAhead(), s.reminders()
                .due(c.caller, p.key(), day).stream().map(r -> new Dto.ReminderInfo(r.indicatorCode(), r.unitCode(),
                        r.instrument(), r.deadline(), r.overdue(), r.days())).toList());
    }

    private Dto.OverrideInfo override(Call c) {
        PlanSummary p = s.plan(c);
        Dto.NewOverride body = c.body(Dto.NewOverride.class);
        if (body.score() == null) {
            throw ApiException.badField("score", "campo obbligatorio, un numero tra 0 e 1");
        }
        if (body.score().isNaN() || body.score() < 0 || body.score() > 1) {
            throw new ApiException(422, "Il punteggio deve essere tra 0 e 1 (es. 0.85 per 85%).",
                    List.of(new ApiException.FieldError("score", "deve essere tra 0 e 1")));
        }
        ScoreOverride o = s.planService().override(c.caller, p.key(), c.path("code"), body.score(), body.note());
        return Views.override(o);
    }

    private Reply clear(Call c) {
        PlanSummary p = s.plan(c);
        String note = c.query("note");
        if (note == null && c.request.getContentLengthLong() != 0) {
            byte[] raw = c.bytes();
            if (raw.length > 0) {
                note = c.parse(raw, Dto.Note.class).note();
            }
        }
        s.planService().clearOverride(c.caller, p.key(), c.path("code"), note);
        return Reply.noContent();
    }
}
