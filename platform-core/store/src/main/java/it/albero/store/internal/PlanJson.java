package it.albero.store.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.UnitKind;
import it.albero.api.model.Values;

/**
 * A whole plan tree to and from JSON text, as kept in the plan's history ({@code plan_version}): units,
 * objectives with their phases, indicators with their "Tempi" (text and form, as {@link TimingCodec} writes
 * them), type, parameters, weights, tags and review notes. {@code read(write(plan))} equals {@code plan}.
 */
final class PlanJson {

    /** The shape of the text; raised only if a later shape cannot read an older one as is. */
    static final int FORMAT = 1;

    private PlanJson() {
    }

    static String write(Plan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("formato", FORMAT);
        m.put("codice", plan.code());
        m.put("ente", map("codice", plan.ente().code(), "nome", plan.ente().name()));
        m.put("titolo", plan.title());
        m.put("anno_inizio", plan.startYear());
        m.put("anno_fine", plan.endYear());
        m.put("anno_riferimento", plan.referenceYear());
        m.put("stato", plan.status().name());
        m.put("versione", plan.version());
        List<Object> units = new ArrayList<>();
        for (OrgUnit u : plan.units()) {
            Map<String, Object> um = new LinkedHashMap<>();
            um.put("codice", u.code());
            um.put("nome", u.name());
            um.put("tipo", u.kind().name());
            um.put("modulo", u.moduleId());
            um.put("revisione", u.review());
            um.put("obiettivi", u.objectives().stream().map(PlanJson::objective).toList());
            units.add(um);
        }
        m.put("unita", units);
        return Json.write(m);
    }

    private static Map<String, Object> objective(Objective o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("codice", o.code());
        m.put("titolo", o.title());
        m.put("peso", o.weight());
        m.put("tag", o.tags());
        m.put("revisione", o.review());
        m.put("indicatori", o.indicators().stream().map(PlanJson::indicator).toList());
        m.put("fasi", o.phases().stream().map(PlanJson::objective).toList());
        return m;
    }

    private static Map<String, Object> indicator(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("codice", i.code());
        m.put("strumento", i.instrument());
        m.put("risultato_atteso", i.expectedResult());
        m.put("tempi", Json.read(TimingCodec.write(i.timing())));
        m.put("tipo", i.typeId());
        m.put("parametri", i.parameters());
        m.put("peso", i.weight());
        m.put("revisione", i.review());
        return m;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Reads the text {@link #write} wrote. */
    static Plan read(String json) {
        Map<?, ?> m = object(Json.read(json), "piano");
        Map<?, ?> ente = object(m.get("ente"), "ente");
        List<OrgUnit> units = new ArrayList<>();
        for (Object uo : list(m.get("unita"))) {
            Map<?, ?> u = object(uo, "unità");
            units.add(new OrgUnit(text(u.get("codice")), text(u.get("nome")), UnitKind.valueOf(text(u.get("tipo"))),
                    text(u.get("modulo")), list(u.get("obiettivi")).stream().map(PlanJson::readObjective).toList(),
                    text(u.get("revisione"))));
        }
        return new Plan(text(m.get("codice")), new Ente(text(ente.get("codice")), text(ente.get("nome"))),
                text(m.get("titolo")), integer(m.get("anno_inizio")), integer(m.get("anno_fine")),
                integer(m.get("anno_riferimento")), PlanStatus.valueOf(text(m.get("stato"))),
                integer(m.get("versione")), units);
    }

    private static Objective readObjective(Object value) {
        Map<?, ?> o = object(value, "obiettivo");
        Map<String, String> tags = new LinkedHashMap<>();
        if (o.get("tag") != null) {
            object(o.get("tag"), "tag").forEach((k, v) -> tags.put(String.valueOf(k), text(v)));
        }
        return new Objective(text(o.get("codice")), text(o.get("titolo")), decimal(o.get("peso")), tags,
                list(o.get("fasi")).stream().map(PlanJson::readObjective).toList(),
                list(o.get("indicatori")).stream().map(PlanJson::readIndicator).toList(), text(o.get("revisione")));
    }

    private static Indicator readIndicator(Object value) {
        Map<?, ?> i = object(value, "indicatore");
        @SuppressWarnings("unchecked")
        Map<String, ?> parameters = i.get("parametri") == null ? Map.of()
                : (Map<String, ?>) object(i.get("parametri"), "parametri");
        return new Indicator(text(i.get("codice")), text(i.get("strumento")), text(i.get("risultato_atteso")),
                TimingCodec.read(Json.write(object(i.get("tempi"), "tempi"))), text(i.get("tipo")),
                Values.of(parameters), decimal(i.get("peso")), text(i.get("revisione")));
    }

    private static Map<?, ?> object(Object v, String what) {
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("versione del piano illeggibile: '" + what + "' non è un oggetto");
        }
        return m;
    }

    private static List<?> list(Object v) {
        return v instanceof List<?> l ? l : List.of();
    }

    /** A string field; the reader turns date-like strings into dates, their text is the same. */
    private static String text(Object v) {
        return v == null ? null : v.toString();
    }

    private static int integer(Object v) {
        return ((BigDecimal) v).intValueExact();
    }

    private static Double decimal(Object v) {
        return v == null ? null : ((BigDecimal) v).doubleValue();
    }
}
