package it.albero.rest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import it.albero.api.service.Benchmark;
import it.albero.api.service.BenchmarkEntry;
import it.albero.api.service.UnitBenchmark;
import it.albero.api.store.PlanSummary;

/** The benchmark across enti: an indicator's or a unit's distribution over the enti that share it. */
final class BenchmarkRoutes {

    private final Services s;

    BenchmarkRoutes(Services services) {
        this.s = services;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/plans/{ente}/{plan}/benchmark/indicators/{code}").tag("Confronto tra enti")
                        .summary("La distribuzione di un indicatore tra gli enti che lo condividono (stesso codice"
                                + " o stesso tag benchmark dell'obiettivo, piani dello stesso anno di riferimento)"
                                + " alla data: valore, rango (1 = migliore), quartili, minimo, massimo; gli enti"
                                + " senza dati a parte; a un utente limitato a un ente gli altri enti sono anonimi")
                        .query("asOf", "string", "la data (aaaa-mm-gg o gg/mm/aaaa); oggi se assente")
                        .returns(Dto.BenchmarkInfo.class)
                        .handle(this::indicator),
                Route.get("/plans/{ente}/{plan}/benchmark/units/{unit}").tag("Confronto tra enti")
                        .summary("Come si colloca un'unità rispetto alla stessa unità degli altri enti: il"
                                + " punteggio dell'unità (rango, quartili) e la posizione di ogni suo indicatore")
                        .query("asOf", "string", "la data (aaaa-mm-gg o gg/mm/aaaa); oggi se assente")
                        .returns(Dto.UnitBenchmarkInfo.class)
                        .handle(this::unit));
    }

    private Dto.BenchmarkInfo indicator(Call c) {
        PlanSummary p = s.plan(c);
        LocalDate asOf = c.date("asOf");
        return info(p, s.benchmarks().indicator(c.caller, p.key(), c.path("code"), asOf));
    }

    private Dto.UnitBenchmarkInfo unit(Call c) {
        PlanSummary p = s.plan(c);
        LocalDate asOf = c.date("asOf");
        UnitBenchmark u = s.benchmarks().unit(c.caller, p.key(), c.path("unit"), asOf);
        return new Dto.UnitBenchmarkInfo(p.ente().code(), p.code(), info(p, u.unit()),
                u.indicators().stream().map(b -> info(p, b)).toList());
    }

    static Dto.BenchmarkInfo info(PlanSummary p, Benchmark b) {
        return new Dto.BenchmarkInfo(p.ente().code(), p.code(), b.subject(), b.group(), b.referenceYear(), b.asOf(),
                b.measure(), b.unitOfMeasure(), b.lowerIsBetter(), b.enti(), b.n(), b.min(), b.q1(), b.median(),
                b.q3(), b.max(), b.position() == null ? null : entry(b.position()),
                b.entries().stream().map(BenchmarkRoutes::entry).toList(),
                b.withoutData().stream().map(BenchmarkRoutes::entry).toList());
    }

    private static Dto.BenchmarkEntryInfo entry(BenchmarkEntry e) {
        return new Dto.BenchmarkEntryInfo(e.enteCode(), e.enteName(), e.planCode(), e.code(), e.value(), e.score(),
                e.status() == null ? null : e.status().name().toLowerCase(Locale.ROOT),
                e.status() == null ? null : e.status().label(), e.rank(), e.own(), e.anonymous());
    }
}
