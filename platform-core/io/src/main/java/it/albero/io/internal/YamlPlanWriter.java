package it.albero.io.internal;

import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

import it.albero.api.text.ItalianNumbers;
import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.Values;

/**
 * Writes a plan in the native YAML format: block style, {@code parametri} and {@code tag} in flow style on
 * one line, dates as {@code 2025-12-31}, numbers without a needless decimal part.
 */
final class YamlPlanWriter {

    void write(Plan plan, Writer out) {
        Yaml yaml = yaml();
        Node doc = yaml.represent(document(plan));
        flowStyleFor(doc, "parametri", "tag");
        yaml.serialize(doc, out);
    }

    /** A value (e.g. the Parametri of a CSV row) as one line of YAML flow style. */
    String flow(Object value) {
        DumperOptions o = options();
        o.setDefaultFlowStyle(FlowStyle.FLOW);
        String s = new Yaml(new PlanRepresenter(o), o).dump(value);
        return s.strip();
    }

    private static Yaml yaml() {
        DumperOptions o = options();
        return new Yaml(new PlanRepresenter(o), o);
    }

    private static DumperOptions options() {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(FlowStyle.BLOCK);
        o.setIndent(2);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        o.setAllowUnicode(true);
        o.setSplitLines(false);
        o.setWidth(Integer.MAX_VALUE / 2);
        return o;
    }

    static Map<String, Object> document(Plan plan) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("formato", PlanBuilder.FORMAT);
        Map<String, Object> ente = new LinkedHashMap<>();
        ente.put("codice", plan.ente().code());
        ente.put("nome", plan.ente().name());
        doc.put("ente", ente);
        Map<String, Object> piano = new LinkedHashMap<>();
        piano.put("codice", plan.code());
        piano.put("titolo", plan.title());
        piano.put("anno_inizio", plan.startYear());
        piano.put("anno_fine", plan.endYear());
        piano.put("anno_riferimento", plan.referenceYear());
        piano.put("stato", plan.status().label());
        doc.put("piano", piano);
        List<Object> units = new ArrayList<>();
        for (OrgUnit u : plan.units()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("codice", u.code());
            m.put("nome", u.name());
            m.put("tipo", u.kind().label());
            putIf(m, "modulo", u.moduleId());
            putIf(m, "revisione", u.review());
            List<Object> objectives = new ArrayList<>();
            u.objectives().forEach(o -> objectives.add(objective(o)));
            m.put("obiettivi", objectives);
            units.add(m);
        }
        doc.put("unita", units);
        return doc;
    }

    private static Map<String, Object> objective(Objective o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("codice", o.code());
        m.put("titolo", o.title());
        putIf(m, "peso", weight(o.weight()));
        if (!o.tags().isEmpty()) {
            m.put("tag", sorted(o.tags()));
        }
        putIf(m, "revisione", o.review());
        if (!o.phases().isEmpty()) {
            List<Object> phases = new ArrayList<>();
            o.phases().forEach(p -> phases.add(objective(p)));
            m.put("fasi", phases);
        }
        List<Object> indicators = new ArrayList<>();
        for (Indicator i : o.indicators()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("codice", i.code());
            im.put("strumento", i.instrument());
            im.put("risultato_atteso", i.expectedResult());
            im.put("tempi", i.timing().text());
            im.put("tipo", i.typeId());
            im.put("parametri", plain(i.parameters()));
            putIf(im, "peso", weight(i.weight()));
            putIf(im, "revisione", i.review());
            indicators.add(im);
        }
        m.put("indicatori", indicators);
        return m;
    }

    /** Tags in a stable order: pnrr, cup, dup, then the others by name. */
    static Map<String, String> sorted(Map<String, String> tags) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : List.of(Objective.TAG_PNRR, Objective.TAG_CUP, Objective.TAG_DUP)) {
            if (tags.containsKey(k)) {
                m.put(k, tags.get(k));
            }
        }
        tags.keySet().stream().sorted().filter(k -> !m.containsKey(k)).forEach(k -> m.put(k, tags.get(k)));
        return m;
    }

    /** Values as plain maps and lists for SnakeYAML. */
    static Object plain(Object v) {
        if (v instanceof Values vs) {
            Map<String, Object> m = new LinkedHashMap<>();
            vs.asMap().forEach((k, x) -> m.put(k, plain(x)));
            return m;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(plain(x)));
            return out;
        }
        return v;
    }

    static BigDecimal weight(Double w) {
        return w == null ? null : ItalianNumbers.normal(new BigDecimal(w.toString()));
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            m.put(key, value);
        }
    }

    private static void flowStyleFor(Node node, String... keys) {
        if (node instanceof MappingNode mn) {
            for (NodeTuple t : mn.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && List.of(keys).contains(k.getValue())) {
                    setFlow(t.getValueNode());
                } else {
                    flowStyleFor(t.getValueNode(), keys);
                }
            }
        } else if (node instanceof SequenceNode sn) {
            sn.getValue().forEach(n -> flowStyleFor(n, keys));
        }
    }

    private static void setFlow(Node node) {
        if (node instanceof MappingNode mn) {
            mn.setFlowStyle(FlowStyle.FLOW);
            mn.getValue().forEach(t -> setFlow(t.getValueNode()));
        } else if (node instanceof SequenceNode sn) {
            sn.setFlowStyle(FlowStyle.FLOW);
            sn.getValue().forEach(YamlPlanWriter::setFlow);
        }
    }

    /** Dates as YAML timestamps ({@code 2025-12-31}), BigDecimal as int or float. */
    private static final class PlanRepresenter extends Representer {
        PlanRepresenter(DumperOptions options) {
            super(options);
            Represent date = data -> representScalar(Tag.TIMESTAMP, data.toString());
            Represent decimal = data -> {
                BigDecimal n = ItalianNumbers.normal((BigDecimal) data);
                return representScalar(n.scale() == 0 ? Tag.INT : Tag.FLOAT, n.toPlainString());
            };
            this.representers.put(LocalDate.class, date);
            this.representers.put(BigDecimal.class, decimal);
        }
    }
}
