package it.albero.sector.pianodizona.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Schema;

/**
 * {@code piano-di-zona.tavoli}: co-programming tables (or working groups) active and the meetings of each
 * ("min. 2 tavoli, min. 2 incontri per ciascun tavolo"; "6 incontri di supervisione per ogni gruppo"). Each
 * measurement records meetings of one named table; a table is active from its first meeting. The attainment is
 * the lower of the tables active over the minimum and the tables with enough meetings over those required.
 */
@Component(service = IndicatorType.class, configurationPid = PianoDiZonaModule.PID)
public class TablesType extends BaseIndicatorType {

    static final String ID = "piano-di-zona.tavoli";

    private final Messages text;

    /** In Italian. */
    public TablesType() {
        this(PianoDiZonaModule.italian());
    }

    @Activate
    public TablesType(PianoDiZonaConfig config) {
        this(PianoDiZonaModule.messages(config));
    }

    TablesType(Messages text) {
        super(ID, PianoDiZonaModule.ID, text.get("tavoli.label"),
                Schema.of(
                        Field.optional("tavoli_min", Kind.INTERO, text.get("tavoli.tavoli_min"))
                                .withHelp(text.get("tavoli.tavoli_min.help")),
                        Field.optional("incontri_per_tavolo", Kind.INTERO, text.get("tavoli.incontri_per_tavolo"))
                                .withHelp(text.get("tavoli.incontri_per_tavolo.help")),
                        Field.optional("scadenza", Kind.DATA, text.get("scadenza"))),
                Schema.of(
                        Field.required("tavolo", Kind.TESTO, text.get("tavoli.tavolo")),
                        Field.optional("incontri", Kind.INTERO, text.get("tavoli.incontri"))
                                .withHelp(text.get("tavoli.incontri.help"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        var p = indicator.parameters();
        if (!p.has("tavoli_min") && !p.has("incontri_per_tavolo")) {
            return List.of(text.get("tavoli.invalid"));
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
            return noData(ctx, text.get("tavoli.noData"));
        }
        int active = meetings.size();
        double tables = minTables <= 0 ? 1.0 : Math.min(1.0, (double) active / minTables);
        StringBuilder words = new StringBuilder(text.get(active == 1 ? "tavoli.active.one" : "tavoli.active.many", active));
        if (p.has("tavoli_min")) {
            words.append(text.get("tavoli.min", minTables));
        }
        double attainment = tables;
        if (perTable > 0) {
            List<String> few = new ArrayList<>();
            meetings.forEach((t, n) -> {
                if (n < perTable) {
                    few.add(text.get(n == 1 ? "tavoli.few.one" : "tavoli.few.many", t, n));
                }
            });
            long ok = active - few.size();
            double meetingsShare = (double) ok / Math.max(active, minTables);
            attainment = Math.min(tables, meetingsShare);
            words.append(text.get("tavoli.enough", ok, active, perTable));
            if (!few.isEmpty()) {
                words.append(" (").append(String.join("; ", few)).append(")");
            }
        }
        words.append('.');
        return grade(ctx, attainment, words.toString(), attainment >= 0.5);
    }
}
