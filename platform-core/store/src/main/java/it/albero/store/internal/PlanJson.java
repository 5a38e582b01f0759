package it.albero.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.UnitKind;

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
        m.put("tempi", TimingCodec.fields(i.timing()));
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

    /** Reads the text {@link #write} wrote (every format so far). */
    static Plan read(String json) {
        JsonNode m = object(Json.tree(json), "piano");
        JsonNode ente = object(m.get("ente"), "ente");
        List<OrgUnit> units = new ArrayList<>();
        for (JsonNode uo : list(m.get("unita"))) {
            JsonNode u = object(uo, "unità");
            units.add(new OrgUnit(text(u, "codice"), text(u, "nome"), UnitKind.valueOf(text(u, "tipo")),
                    text(u, "modulo"), list(u.get("obiettivi")).stream().map(PlanJson::readObjective).toList(),
                    text(u, "revisione")));
        }
        return new Plan(text(m, "codice"), new Ente(text(ente, "codice"), text(ente, "nome")),
                text(m, "titolo"), integer(m, "anno_inizio"), integer(m, "anno_fine"),
                integer(m, "anno_riferimento"), PlanStatus.valueOf(text(m, "stato")),
                integer(m, "versione"), units);
    }

    private static Objective readObjective(JsonNode value) {
        JsonNode o = object(value, "obiettivo");
        Map<String, String> tags = new LinkedHashMap<>();
        JsonNode tagNode = o.get("tag");
        if (tagNode != null && !tagNode.isNull()) {
            object(tagNode, "tag").fields().forEachRemaining(e -> tags.put(e.getKey(), Json.text(e.getValue())));
        }
        return new Objective(text(o, "codice"), text(o, "titolo"), decimal(o, "peso"), tags,
                list(o.get("fasi")).stream().map(PlanJson::readObjective).toList(),
                list(o.get("indicatori")).stream().map(PlanJson::readIndicator).toList(), text(o, "revisione"));
    }

    private static Indicator readIndicator(JsonNode value) {
        JsonNode i = object(value, "indicatore");
        return new Indicator(text(i, "codice"), text(i, "strumento"), text(i, "risultato_atteso"),
                TimingCodec.read(object(i.get("tempi"), "tempi")), text(i, "tipo"),
                Json.values(i.get("parametri")), decimal(i, "peso"), text(i, "revisione"));
    }

    private static JsonNode object(JsonNode v, String what) {
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException("versione del piano illeggibile: '" + what + "' non è un oggetto");
        }
        return v;
    }

    private static List<JsonNode> list(JsonNode v) {
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** A text field, kept as the text it is (a date-like text stays a text). */
    private static String text(JsonNode parent, String field) {
        return Json.text(parent.get(field));
    }

    private static int integer(JsonNode parent, String field) {
        JsonNode n = parent.path(field);
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new IllegalArgumentException("versione del piano illeggibile: '" + field + "' non è un intero");
        }
        return n.intValue();
    }

    private static Double decimal(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        return n == null || n.isNull() ? null : n.doubleValue();
    }
}
