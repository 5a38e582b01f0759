package it.albero.io.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import it.albero.api.model.Values;
import it.albero.api.text.ItalianDates;
import it.albero.api.text.ItalianNumbers;
import it.albero.io.internal.Drafts.IndicatorDraft;
import it.albero.io.internal.Drafts.ObjectiveDraft;
import it.albero.io.internal.Drafts.PlanDraft;
import it.albero.io.internal.Drafts.UnitDraft;

/**
 * Reads the native YAML plan file (docs/plan-format.md) into a draft, with the line and column of every value
 * from SnakeYAML's marks. Unknown keys are errors (a misspelt key would otherwise lose data silently).
 */
final class YamlPlanReader {

    /** A YAML float an Italian reads as thousands: one group of three digits ending in 0 (48.000, 1.500). */
    private static final Pattern THOUSANDS_OR_DECIMALS = Pattern.compile("[-+]?[1-9]\\d{0,2}\\.\\d{2}0");
    /** A plain YAML text that looks like a number: digits with dots and commas (1.234,5; 0,8; 1.500.000). */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?\\d[\\d.,]*");
    /** A plain YAML text that looks like a date: 31/12/2025. */
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{2,4}");

    private static final Set<String> ROOT = Set.of("formato", "ente", "piano", "unita");
    private static final Set<String> ENTE = Set.of("codice", "nome");
    private static final Set<String> PIANO = Set.of("codice", "titolo", "anno_inizio", "anno_fine",
            "anno_riferimento", "stato");
    private static final Set<String> UNIT = Set.of("codice", "nome", "tipo", "modulo", "revisione", "obiettivi");
    private static final Set<String> OBJECTIVE = Set.of("codice", "titolo", "peso", "tag", "revisione", "fasi",
            "indicatori");
    private static final Set<String> INDICATOR = Set.of("codice", "strumento", "risultato_atteso", "tempi", "tipo",
            "parametri", "peso", "revisione");

    private final Problems problems;

    YamlPlanReader(Problems problems) {
        this.problems = problems;
    }

    /** The draft, or {@code null} when the text is not readable YAML (the error is recorded). */
    PlanDraft read(Reader in) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            options.setCodePointLimit(50 * 1024 * 1024);
            root = new Yaml(new SafeConstructor(options)).compose(in);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String why = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.error(m == null ? Loc.FILE : loc(m), "YAML non valido: " + why
                    + (e.getContext() != null ? " (" + e.getContext() + ")" : ""));
            return null;
        } catch (YAMLException e) {
            problems.error(Loc.FILE, "YAML non valido: " + e.getMessage());
            return null;
        }
        PlanDraft d = new PlanDraft();
        if (root == null) {
            problems.error(Loc.FILE, "il file è vuoto");
            return null;
        }
        d.loc = loc(root);
        Map<String, Node> top = mapping(root, ROOT, "il documento");
        if (top == null) {
            return null;
        }
        d.format = scalar(top, "formato", root);
        Node ente = top.get("ente");
        if (ente == null) {
            problems.error(loc(root), "manca la sezione 'ente'");
        } else {
            Map<String, Node> e = mapping(ente, ENTE, "'ente'");
            if (e != null) {
                d.enteCode = scalar(e, "codice", ente);
                d.enteName = scalar(e, "nome", ente);
            }
        }
        Node piano = top.get("piano");
        if (piano == null) {
            problems.error(loc(root), "manca la sezione 'piano'");
        } else {
            Map<String, Node> p = mapping(piano, PIANO, "'piano'");
            if (p != null) {
                d.code = scalar(p, "codice", piano);
                d.title = scalar(p, "titolo", piano);
                d.startYear = scalar(p, "anno_inizio", piano);
                d.endYear = scalar(p, "anno_fine", piano);
                d.referenceYear = scalar(p, "anno_riferimento", piano);
                d.status = scalar(p, "stato", piano);
            }
        }
        for (Node u : sequence(top.get("unita"), "'unita'")) {
            d.units.add(unit(u));
        }
        return d;
    }

    private UnitDraft unit(Node node) {
        UnitDraft u = new UnitDraft(loc(node));
        Map<String, Node> m = mapping(node, UNIT, "un'unità");
        if (m == null) {
            return u;
        }
        u.code = scalar(m, "codice", node);
        u.name = scalar(m, "nome", node);
        u.kind = scalar(m, "tipo", node);
        u.module = scalar(m, "modulo", node);
        u.review = scalar(m, "revisione", node);
        for (Node o : sequence(m.get("obiettivi"), "'obiettivi'")) {
            u.objectives.add(objective(o));
        }
        return u;
    }

    private ObjectiveDraft objective(Node node) {
        ObjectiveDraft o = new ObjectiveDraft(loc(node));
        Map<String, Node> m = mapping(node, OBJECTIVE, "un obiettivo");
        if (m == null) {
            return o;
        }
        o.code = scalar(m, "codice", node);
        o.title = scalar(m, "titolo", node);
        o.weight = number(m, "peso", node);
        o.review = scalar(m, "revisione", node);
        Node tags = m.get("tag");
        if (tags != null) {
            o.tagsLoc = loc(tags);
            Map<String, Node> t = mapping(tags, null, "'tag'");
            if (t != null) {
                t.forEach((k, v) -> {
                    Cell c = scalarValue(v, "'tag." + k + "'");
                    if (!c.blank()) {
                        o.tags.put(k, c.text());
                    }
                });
            }
        }
        for (Node i : sequence(m.get("indicatori"), "'indicatori'")) {
            o.indicators.add(indicator(i));
        }
        for (Node p : sequence(m.get("fasi"), "'fasi'")) {
            o.phases.add(objective(p));
        }
        return o;
    }

    private IndicatorDraft indicator(Node node) {
        IndicatorDraft i = new IndicatorDraft(loc(node));
        Map<String, Node> m = mapping(node, INDICATOR, "un indicatore");
        if (m == null) {
            return i;
        }
        i.code = scalar(m, "codice", node);
        i.instrument = scalar(m, "strumento", node);
        i.expected = scalar(m, "risultato_atteso", node);
        i.tempi = scalar(m, "tempi", node);
        i.type = scalar(m, "tipo", node);
        i.weight = number(m, "peso", node);
        i.review = scalar(m, "revisione", node);
        Node p = m.get("parametri");
        if (p != null) {
            i.parametersLoc = loc(p);
            i.parameters = parameters(p, problems);
        }
        return i;
    }

    /** The {@code parametri} node as values; problems recorded. */
    static Values parameters(Node p, Problems problems) {
        if (p instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return Values.empty();
        }
        if (!(p instanceof MappingNode)) {
            problems.error(loc(p), "'parametri' deve essere una struttura nome: valore, es. {target: 100}");
            return null;
        }
        Object v = value(p, problems);
        if (!(v instanceof Map<?, ?> map)) {
            return null;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) map;
            return Values.of(typed);
        } catch (RuntimeException e) {
            problems.error(loc(p), "parametri non validi: " + e.getMessage());
            return null;
        }
    }

    /**
     * A node as plain values: maps, lists, BigDecimal, LocalDate, Boolean, String. YAML numbers and ISO dates are
     * read as YAML reads them (a dot for the decimals: the writer's form); an unquoted text written the Italian
     * way ({@code 1.234,5}, {@code 0,8}, {@code 1.500.000}, {@code 31/12/2025}) is read with the one parser of
     * {@code it.albero.api.text}; a YAML number that an Italian would read otherwise ({@code 48.000}: forty-eight
     * or forty-eight thousand?) is refused. Quoted texts stay texts.
     */
    private static Object value(Node node, Problems problems) {
        if (node instanceof MappingNode mn) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple t : mn.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    problems.error(loc(t.getKeyNode()), "chiave non ammessa: usare un nome");
                    continue;
                }
                if (map.containsKey(k.getValue())) {
                    problems.error(loc(k), "chiave '" + k.getValue() + "' ripetuta");
                }
                map.put(k.getValue(), value(t.getValueNode(), problems));
            }
            return map;
        }
        if (node instanceof SequenceNode sn) {
            List<Object> list = new ArrayList<>();
            for (Node n : sn.getValue()) {
                list.add(value(n, problems));
            }
            return list;
        }
        ScalarNode s = (ScalarNode) node;
        String v = s.getValue();
        Tag tag = s.getTag();
        try {
            if (tag.equals(Tag.NULL)) {
                return null;
            }
            if (tag.equals(Tag.INT)) {
                return ItalianNumbers.normal(new BigDecimal(new BigInteger(v.replace("_", ""))));
            }
            if (tag.equals(Tag.FLOAT)) {
                if (THOUSANDS_OR_DECIMALS.matcher(v).matches()) {
                    problems.error(loc(s), "numero '" + v + "' ambiguo: scrivere " + v.replace(".", "")
                            + " per le migliaia o " + ItalianNumbers.normal(new BigDecimal(v)).toPlainString()
                            + " per i decimali (in YAML il punto separa i decimali)");
                    return v;
                }
                return ItalianNumbers.normal(new BigDecimal(v.replace("_", "")));
            }
            if (tag.equals(Tag.BOOL)) {
                return Set.of("true", "yes", "on", "y").contains(v.toLowerCase(java.util.Locale.ROOT));
            }
            if (tag.equals(Tag.TIMESTAMP)) {
                return ItalianDates.parse(v);
            }
            if (tag.equals(Tag.STR) && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                if (NUMBER_LIKE.matcher(v).matches()) {
                    return ItalianNumbers.parse(v);
                }
                if (DATE_LIKE.matcher(v).matches()) {
                    return ItalianDates.parse(v);
                }
            }
        } catch (RuntimeException e) {
            problems.error(loc(s), "valore '" + v + "' non valido: " + e.getMessage());
        }
        return v;
    }

    /** A mapping's entries by key; unknown keys and repeated keys are errors; {@code null} if not a mapping. */
    private Map<String, Node> mapping(Node node, Set<String> allowed, String what) {
        if (!(node instanceof MappingNode mn)) {
            problems.error(loc(node), what + " deve essere una struttura di campi 'nome: valore'");
            return null;
        }
        Map<String, Node> out = new LinkedHashMap<>();
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : mn.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.error(loc(t.getKeyNode()), "chiave non ammessa in " + what);
                continue;
            }
            String key = k.getValue();
            if (seen.put(key, k) != null) {
                problems.error(loc(k), "chiave '" + key + "' ripetuta in " + what);
                continue;
            }
            if (allowed != null && !allowed.contains(key)) {
                problems.error(loc(k), "chiave '" + key + "' sconosciuta in " + what + " (ammesse: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
                continue;
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    private List<Node> sequence(Node node, String what) {
        if (node == null || node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sn)) {
            problems.error(loc(node), what + " deve essere un elenco (righe che iniziano con '- ')");
            return List.of();
        }
        return sn.getValue();
    }

    private Cell scalar(Map<String, Node> m, String key, Node parent) {
        Node n = m.get(key);
        if (n == null) {
            return Cell.absent(loc(parent));
        }
        return scalarValue(n, "'" + key + "'");
    }

    /**
     * A number field (a weight): a YAML number is a real number, handed on in the Italian form the one parser
     * reads ({@code 0.5} -> "0,5"); a text ({@code "0,5"}) as written.
     */
    private Cell number(Map<String, Node> m, String key, Node parent) {
        Node n = m.get(key);
        if (n instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))
                && value(s, problems) instanceof BigDecimal b) {
            return new Cell(b.toPlainString().replace('.', ','), loc(s));
        }
        return scalar(m, key, parent);
    }

    private Cell scalarValue(Node n, String what) {
        if (n instanceof ScalarNode s) {
            return s.getTag().equals(Tag.NULL) ? Cell.absent(loc(s)) : new Cell(s.getValue(), loc(s));
        }
        problems.error(loc(n), what + " deve essere un valore semplice (testo o numero)");
        return Cell.absent(loc(n));
    }

    static Loc loc(Node node) {
        return loc(node.getStartMark());
    }

    static Loc loc(Mark m) {
        return m == null ? Loc.FILE : new Loc(m.getLine() + 1, String.valueOf(m.getColumn() + 1));
    }
}
