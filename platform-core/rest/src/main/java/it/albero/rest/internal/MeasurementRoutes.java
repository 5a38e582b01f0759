package it.albero.rest.internal;

import java.time.LocalDate;
import java.util.List;

import it.albero.api.model.Measurement;
import it.albero.api.service.MeasurementInput;
import it.albero.api.store.PlanKey;
import it.albero.api.text.ItalianDates;

/** The measurements of an indicator: list, record, correct. */
final class MeasurementRoutes {

    private static final String BASE = "/plans/{ente}/{plan}/indicators/{code}/measurements";

    private static final int MAX_LATEST = 100;

    private final Services s;

    MeasurementRoutes(Services services) {
        this.s = services;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/plans/{ente}/{plan}/measurements").tag("Rilevazioni")
                        .summary("Le ultime rilevazioni registrate nel piano o in un'unità, dalla più recente (le"
                                + " rilevazioni corrette non compaiono: conta la correzione)")
                        .query("unit", "string", "solo le rilevazioni degli indicatori di questa unità")
                        .query("limit", "integer", "quante al massimo (1-" + MAX_LATEST + ", predefinito 10)")
                        .returnsList(Dto.MeasurementInfo.class)
                        .handle(c -> Views.measurements(s.measurements().latest(c.caller, key(c), c.query("unit"),
                                limit(c)))),
                Route.get(BASE).tag("Rilevazioni")
                        .summary("Le rilevazioni di un indicatore, dalla più vecchia; le correzioni indicano quale"
                                + " rilevazione sostituiscono e current dice quali contano")
                        .returnsList(Dto.MeasurementInfo.class)
                        .handle(c -> Views.measurements(s.measurements().list(c.caller, key(c), c.path("code")))),
                Route.get(BASE + "/{id}").tag("Rilevazioni").summary("Una rilevazione")
                        .returns(Dto.MeasurementInfo.class)
                        .handle(c -> {
                            long id = id(c);
                            return Views.measurements(s.measurements().list(c.caller, key(c), c.path("code")))
                                    .stream().filter(m -> m.id() == id).findFirst()
                                    .orElseThrow(() -> ApiException.notFound("Rilevazione " + id
                                            + " non presente per l'indicatore " + c.path("code") + "."));
                        }),
                Route.post(BASE).tag("Rilevazioni")
                        .summary("Registra una rilevazione (data, valori, evidenza, nota); l'autore è l'utente"
                                + " collegato")
                        .roles("admin, performance; direttore solo per gli indicatori delle proprie unità")
                        .request(Dto.NewMeasurement.class).returns(Dto.MeasurementInfo.class).status(201)
                        .handle(c -> created(c, s.measurements().record(c.caller, key(c), input(c)))),
                Route.post(BASE + "/{id}/correction").tag("Rilevazioni")
                        .summary("Corregge una rilevazione: una nuova rilevazione che la sostituisce; entrambe"
                                + " restano nel registro. 409 se è già stata corretta")
                        .roles("admin, performance; direttore solo per gli indicatori delle proprie unità")
                        .request(Dto.NewMeasurement.class).returns(Dto.MeasurementInfo.class).status(201)
                        .handle(c -> created(c, s.measurements().correct(c.caller, key(c), id(c), input(c)))));
    }

    private PlanKey key(Call c) {
        return s.plan(c).key();
    }

    private static int limit(Call c) {
        String text = c.query("limit");
        if (text == null) {
            return 10;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 1 && n <= MAX_LATEST) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.badField("limit", "un numero intero da 1 a " + MAX_LATEST);
    }

    private static long id(Call c) {
        try {
            return Long.parseLong(c.path("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Rilevazione '" + c.path("id") + "' inesistente.");
        }
    }

    private static MeasurementInput input(Call c) {
        Dto.NewMeasurement body = c.body(Dto.NewMeasurement.class);
        if (body.date() == null) {
            throw ApiException.badField("date", "campo obbligatorio (aaaa-mm-gg o gg/mm/aaaa)");
        }
        LocalDate date;
        try {
            date = ItalianDates.parse(body.date());
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("date", e.getMessage());
        }
        if (body.values() == null || body.values().isEmpty()) {
            throw ApiException.badField("values", "indicare almeno un valore");
        }
        return new MeasurementInput(c.path("code"), date, body.values(), body.evidence(), body.note());
    }

    private static Reply created(Call c, Measurement m) {
        Dto.MeasurementInfo info = Views.measurements(List.of(m)).get(0);
        return Reply.json(201, info).header("Location", c.base() + "/plans/" + c.path("ente") + "/" + c.path("plan")
                + "/indicators/" + c.path("code") + "/measurements/" + m.id());
    }
}
