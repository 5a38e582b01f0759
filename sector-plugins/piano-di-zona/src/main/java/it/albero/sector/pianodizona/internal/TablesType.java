package it.albero.sector.pianodizona.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;

/**
 * {@code piano-di-zona.tavoli}: co-programming tables (or working groups) active and the meetings of each
 * ("min. 2 tavoli, min. 2 incontri per ciascun tavolo"; "6 incontri di supervisione per ogni gruppo"). Each
 * measurement records meetings of one named table; a table is active from its first meeting. The attainment is
 * the lower of the tables active over the minimum and the tables with enough meetings over those required.
 */
@Component(service = IndicatorType.class)
public class TablesType extends BaseIndicatorType {

    static final String ID = "piano-di-zona.tavoli";

    public TablesType() {
        super(ID, PianoDiZonaModule.ID, "Tavoli di co-programmazione e incontri per tavolo",
                Schema.of(
                        Field.optional("tavoli_min", Kind.INTERO, "Tavoli (o gruppi) da attivare").withHelp("Predefinito 1"),
                        Field.optional("incontri_per_tavolo", Kind.INTERO, "Incontri minimi per ciascun tavolo")
                                .withHelp("Se assente si contano solo i tavoli attivi"),
                        Field.optional("scadenza", Kind.DATA, "Scadenza")),
                Schema.of(
                        Field.required("tavolo", Kind.TESTO, "Tavolo o gruppo"),
                        Field.optional("incontri", Kind.INTERO, "Incontri svolti").withHelp("Predefinito 1")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        var p = indicator.parameters();
        if (!p.has("tavoli_min") && !p.has("incontri_per_tavolo")) {
            return List.of("indicare 'tavoli_min', 'incontri_per_tavolo' o entrambi");
        }
        return List.of();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        var p = ctx.indicator().parameters();
        long minTables = p.number("tavoli_min").orElse(BigDecimal.ONE).longValue();
        long perTable = p.number("incontri_per_tavolo").orElse(BigDecimal.ZERO).longValue();
        Map<String, Long> meetings = new LinkedHashMap<>();
        for (Measurement m : ctx.measurements()) {
            if (m.date().getYear() == ctx.referenceYear()) {
                meetings.merge(m.values().requireText("tavolo").trim(),
                        m.values().number("incontri").orElse(BigDecimal.ONE).longValue(), Long::sum);
            }
        }
        if (meetings.isEmpty()) {
            return noData(ctx, "incontri dei tavoli");
        }
        int active = meetings.size();
        double tables = minTables <= 0 ? 1.0 : Math.min(1.0, (double) active / minTables);
        StringBuilder text = new StringBuilder().append(active).append(active == 1 ? " tavolo attivo" : " tavoli attivi");
        if (p.has("tavoli_min")) {
            text.append(" (min. ").append(minTables).append(")");
        }
        double attainment = tables;
        if (perTable > 0) {
            List<String> few = new ArrayList<>();
            meetings.forEach((t, n) -> {
                if (n < perTable) {
                    few.add(t + ": " + n + (n == 1 ? " incontro" : " incontri"));
                }
            });
            long ok = active - few.size();
            double meetingsShare = (double) ok / Math.max(active, minTables);
            attainment = Math.min(tables, meetingsShare);
            text.append("; ").append(ok).append(" su ").append(active).append(" con almeno ").append(perTable)
                    .append(" incontri");
            if (!few.isEmpty()) {
                text.append(" (").append(String.join("; ", few)).append(")");
            }
        }
        text.append('.');
        return grade(ctx, attainment, text.toString(), attainment >= 0.5);
    }
}
