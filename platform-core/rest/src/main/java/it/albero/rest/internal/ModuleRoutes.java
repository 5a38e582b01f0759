package it.albero.rest.internal;

import java.util.List;

import it.albero.api.spi.IndicatorType;

/** Installed sector modules, indicator types and checks, as the engine sees them at the moment of the request. */
final class ModuleRoutes {

    private final Services s;

    ModuleRoutes(Services services) {
        this.s = services;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/modules").tag("Moduli").summary("I moduli di settore installati")
                        .returnsList(Dto.ModuleInfo.class)
                        .handle(c -> s.engine().modules().stream().map(m -> new Dto.ModuleInfo(m.id(), m.name(),
                                m.version(), m.bundle(), m.types(), m.checks(), m.servedUnits())).toList()),
                Route.get("/types").tag("Moduli")
                        .summary("I tipi di indicatore installati, con gli schemi di parametri e rilevazioni")
                        .query("module", "string", "solo i tipi di questo modulo")
                        .returnsList(Dto.TypeInfo.class)
                        .handle(c -> s.engine().types().stream()
                                .filter(t -> c.query("module") == null || t.moduleId().equals(c.query("module")))
                                .map(t -> type(t, s.engine().type(t.id()).orElse(null))).toList()),
                Route.get("/types/{id}").tag("Moduli").summary("Un tipo di indicatore installato")
                        .returns(Dto.TypeInfo.class)
                        .handle(c -> s.engine().types().stream().filter(t -> t.id().equals(c.path("id"))).findFirst()
                                .map(t -> type(t, s.engine().type(t.id()).orElse(null)))
                                .orElseThrow(() -> ApiException.notFound("Tipo '" + c.path("id")
                                        + "' non installato."))),
                Route.get("/checks").tag("Moduli").summary("I controlli installati")
                        .returnsList(Dto.CheckInfo.class)
                        .handle(c -> s.engine().checks().stream().map(k -> new Dto.CheckInfo(k.id(), k.moduleId(),
                                k.label(), k.bundle())).toList()));
    }

    private static Dto.TypeInfo type(it.albero.api.engine.TypeInfo t, IndicatorType type) {
        return new Dto.TypeInfo(t.id(), t.moduleId(), t.label(), t.bundle(), t.version(),
                type == null ? List.of() : Views.fields(type.parameters()),
                type == null ? List.of() : Views.fields(type.measurement()));
    }
}
