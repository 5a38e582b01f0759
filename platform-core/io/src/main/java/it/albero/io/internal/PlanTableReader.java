package it.albero.io.internal;

import static it.albero.io.internal.PlanTable.ANNO_FINE;
import static it.albero.io.internal.PlanTable.ANNO_INIZIO;
import static it.albero.io.internal.PlanTable.ANNO_RIF;
import static it.albero.io.internal.PlanTable.ENTE;
import static it.albero.io.internal.PlanTable.FASE;
import static it.albero.io.internal.PlanTable.INDICATORE;
import static it.albero.io.internal.PlanTable.MODULO;
import static it.albero.io.internal.PlanTable.OBIETTIVO;
import static it.albero.io.internal.PlanTable.OPTIONAL;
import static it.albero.io.internal.PlanTable.PARAMETRI;
import static it.albero.io.internal.PlanTable.PESO;
import static it.albero.io.internal.PlanTable.PESO_OBIETTIVO;
import static it.albero.io.internal.PlanTable.PHASE_SEP;
import static it.albero.io.internal.PlanTable.PIANO;
import static it.albero.io.internal.PlanTable.REQUIRED;
import static it.albero.io.internal.PlanTable.REVISIONE;
import static it.albero.io.internal.PlanTable.REV_OBIETTIVO;
import static it.albero.io.internal.PlanTable.REV_UNITA;
import static it.albero.io.internal.PlanTable.RISULTATO;
import static it.albero.io.internal.PlanTable.SEP;
import static it.albero.io.internal.PlanTable.SETTORE;
import static it.albero.io.internal.PlanTable.STATO;
import static it.albero.io.internal.PlanTable.TAG_OBIETTIVO;
import static it.albero.io.internal.PlanTable.TEMPI;
import static it.albero.io.internal.PlanTable.TIPO;
import static it.albero.io.internal.PlanTable.TIPO_UNITA;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import it.albero.api.model.Values;
import it.albero.io.internal.Drafts.IndicatorDraft;
import it.albero.io.internal.Drafts.ObjectiveDraft;
import it.albero.io.internal.Drafts.PlanDraft;
import it.albero.io.internal.Drafts.UnitDraft;

/**
 * Reads the rows of the spreadsheet form of a plan ({@link PlanTable}), from CSV and XLSX alike, into a draft:
 * every problem is recorded at its row and column, in Italian.
 */
final class PlanTableReader {

    /**
     * Reads the rows (the first is the header) into a draft. Row numbers are 1-based with the header as row 1,
     * as a spreadsheet shows them; {@code rowNumbers} gives the number of each row when it differs.
     */
    PlanDraft read(List<List<String>> rows, List<Integer> rowNumbers, Problems problems) {
        if (rows.isEmpty()) {
            problems.error(Loc.FILE, "il file è vuoto: manca l'intestazione " + String.join(", ", REQUIRED));
            return null;
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> header = rows.get(0);
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c) == null ? "" : header.get(c).strip();
            String known = canonical(h);
            if (known == null) {
                if (!h.isEmpty()) {
                    problems.warning(new Loc(rowNumbers.get(0), h), "colonna '" + h + "' sconosciuta: ignorata");
                }
                continue;
            }
            if (col.putIfAbsent(known, c) != null) {
                problems.error(new Loc(rowNumbers.get(0), h), "colonna '" + known + "' ripetuta");
            }
        }
        boolean missing = false;
        for (String h : REQUIRED) {
            if (!col.containsKey(h)) {
                problems.error(new Loc(rowNumbers.get(0), h), "manca la colonna '" + h + "' (intestazione attesa: "
                        + String.join(", ", REQUIRED) + ")");
                missing = true;
            }
        }
        if (missing) {
            return null;
        }
        PlanDraft d = new PlanDraft();
        d.format = new Cell(PlanBuilder.FORMAT, Loc.FILE);
        Reader r = new Reader(d, col, problems);
        for (int k = 1; k < rows.size(); k++) {
            List<String> row = rows.get(k);
            if (row.stream().allMatch(s -> s == null || s.isBlank())) {
                continue;
            }
            r.row(row, rowNumbers.get(k));
        }
        if (rows.size() < 2 || d.units.isEmpty()) {
            problems.error(new Loc(rowNumbers.get(0), "-"), "il file non ha righe dopo l'intestazione");
        }
        return d;
    }

    private static String canonical(String header) {
        for (String h : REQUIRED) {
            if (h.equalsIgnoreCase(header)) {
                return h;
            }
        }
        for (String h : OPTIONAL) {
            if (h.equalsIgnoreCase(header)) {
                return h;
            }
        }
        if (header.equalsIgnoreCase("Tipo unita")) {
            return TIPO_UNITA;
        }
        return null;
    }

    /** The reading of the rows of one file, node by node, with the first place each node was seen. */
    private static final class Reader {
        private final PlanDraft d;
        private final Map<String, Integer> col;
        private final Problems problems;
        private final Map<String, UnitDraft> units = new HashMap<>();
        private final Map<String, ObjectiveDraft> objectives = new HashMap<>();
        /** value first read for a key "node|attribute", with its place */
        private final Map<String, Cell> firstSeen = new HashMap<>();

        Reader(PlanDraft d, Map<String, Integer> col, Problems problems) {
            this.d = d;
            this.col = col;
            this.problems = problems;
        }

        private Cell cell(List<String> row, String header, int rowNumber) {
            Integer c = col.get(header);
            Loc loc = new Loc(rowNumber, header);
            if (c == null || c >= row.size() || row.get(c) == null) {
                return Cell.absent(loc);
            }
            String v = row.get(c);
            return v.isBlank() ? Cell.absent(loc) : new Cell(v.strip(), loc);
        }

        /** Splits "CODE - text"; the code alone is accepted when there is no text. */
        private Cell[] coded(Cell c, String what) {
            if (c.blank()) {
                return new Cell[] {c, c};
            }
            String v = c.text();
            if (v.endsWith(" -")) {
                v = v.substring(0, v.length() - 2).strip();
            }
            int at = v.indexOf(SEP);
            String code;
            String text;
            if (at < 0) {
                if (v.contains(" ")) {
                    problems.error(c.loc(), "manca il codice " + what + ": scrivere 'CODICE - testo', non '"
                            + shorten(v) + "'");
                    return new Cell[] {Cell.absent(c.loc()), Cell.absent(c.loc())};
                }
                code = v;
                text = null;
            } else {
                code = v.substring(0, at).strip();
                text = v.substring(at + SEP.length()).strip();
            }
            return new Cell[] {new Cell(code, c.loc()), text == null ? Cell.absent(c.loc()) : new Cell(text, c.loc())};
        }

        /** Sets an attribute once; a different value on a later row is an error. */
        private Cell once(String key, Cell value, Cell current) {
            if (value.blank()) {
                return current;
            }
            Cell first = firstSeen.putIfAbsent(key, value);
            if (first == null) {
                return value;
            }
            if (!first.text().equals(value.text())) {
                problems.error(value.loc(), "'" + shorten(value.text()) + "' diverso da '" + shorten(first.text())
                        + "' della riga " + first.loc().row() + " per lo stesso elemento");
            }
            return current;
        }

        void row(List<String> row, int n) {
            Cell[] ente = coded(cell(row, ENTE, n), "dell'ente");
            d.enteCode = once("ente|codice", ente[0], d.enteCode);
            d.enteName = once("ente|nome", ente[1], d.enteName);
            Cell[] piano = coded(cell(row, PIANO, n), "del piano");
            d.code = once("piano|codice", piano[0], d.code);
            d.title = once("piano|titolo", piano[1], d.title);
            d.startYear = once("piano|inizio", cell(row, ANNO_INIZIO, n), d.startYear);
            d.endYear = once("piano|fine", cell(row, ANNO_FINE, n), d.endYear);
            d.referenceYear = once("piano|rif", cell(row, ANNO_RIF, n), d.referenceYear);
            d.status = once("piano|stato", cell(row, STATO, n), d.status);

            Cell[] unit = coded(cell(row, SETTORE, n), "dell'unità (settore)");
            if (unit[0].blank()) {
                problems.error(new Loc(n, SETTORE), "manca il settore (unità organizzativa): 'CODICE - nome'");
                return;
            }
            String uc = unit[0].text();
            UnitDraft u = units.get(uc);
            if (u == null) {
                u = new UnitDraft(new Loc(n, SETTORE));
                u.code = unit[0];
                u.kind = new Cell("settore", new Loc(n, TIPO_UNITA));
                units.put(uc, u);
                d.units.add(u);
            }
            String uk = "unita|" + uc;
            u.name = once(uk + "|nome", unit[1], u.name);
            Cell kind = cell(row, TIPO_UNITA, n);
            if (!kind.blank()) {
                Cell k = once(uk + "|tipo", kind, null);
                if (k != null) {
                    u.kind = k;
                }
            }
            u.module = once(uk + "|modulo", cell(row, MODULO, n), u.module);
            u.review = once(uk + "|revisione", cell(row, REV_UNITA, n), u.review);

            Cell[] obj = coded(cell(row, OBIETTIVO, n), "dell'obiettivo");
            if (obj[0].blank()) {
                if (!cell(row, INDICATORE, n).blank() || !cell(row, FASE, n).blank()) {
                    problems.error(new Loc(n, OBIETTIVO), "manca l'obiettivo: 'CODICE - titolo'");
                }
                return;
            }
            ObjectiveDraft o = objective(uc, obj, null, u.objectives, n, OBIETTIVO);
            if (o == null) {
                return;
            }
            Cell phaseCell = cell(row, FASE, n);
            ObjectiveDraft node = o;
            if (!phaseCell.blank()) {
                for (String part : phaseCell.text().split(PHASE_SEP.strip())) {
                    Cell[] ph = coded(new Cell(part.strip(), phaseCell.loc()), "della fase");
                    if (ph[0].blank()) {
                        return;
                    }
                    node = objective(uc, ph, node, node.phases, n, FASE);
                    if (node == null) {
                        return;
                    }
                }
            }
            String ok = "obiettivo|" + node.code.text();
            node.weight = once(ok + "|peso", cell(row, PESO_OBIETTIVO, n), node.weight);
            node.review = once(ok + "|revisione", cell(row, REV_OBIETTIVO, n), node.review);
            Cell tags = cell(row, TAG_OBIETTIVO, n);
            if (!tags.blank() && once(ok + "|tag", tags, null) != null) {
                node.tagsLoc = tags.loc();
                Values v = flow(tags, problems);
                if (v != null) {
                    ObjectiveDraft target = node;
                    v.asMap().forEach((k, x) -> target.tags.put(k, x instanceof java.math.BigDecimal b
                            ? b.toPlainString() : String.valueOf(x)));
                }
            }

            Cell[] ind = coded(cell(row, INDICATORE, n), "dell'indicatore");
            if (ind[0].blank()) {
                Cell weight = cell(row, PESO, n);
                boolean onlyWeight = !weight.blank() && List.of(RISULTATO, TEMPI, TIPO, PARAMETRI, REVISIONE).stream()
                        .allMatch(h -> cell(row, h, n).blank());
                if (onlyWeight) {
                    // the objective's weight, as PEG sheets put it on the objective's own row
                    node.weight = once(ok + "|peso", weight, node.weight);
                    return;
                }
                for (String h : List.of(RISULTATO, TEMPI, PESO, TIPO, PARAMETRI, REVISIONE)) {
                    if (!cell(row, h, n).blank()) {
                        problems.error(new Loc(n, h), "manca l'indicatore: 'CODICE - strumento di verifica'"
                                + " (la riga ha '" + h + "')" + (weight.blank() ? "" : "; per il peso dell'obiettivo"
                                + " usare 'Peso obiettivo', o lasciare sulla riga dell'obiettivo solo 'Peso'"));
                        break;
                    }
                }
                return;
            }
            IndicatorDraft i = new IndicatorDraft(new Loc(n, INDICATORE));
            i.code = ind[0];
            i.instrument = ind[1];
            i.expected = cell(row, RISULTATO, n);
            i.tempi = cell(row, TEMPI, n);
            i.weight = cell(row, PESO, n);
            i.type = cell(row, TIPO, n);
            i.review = cell(row, REVISIONE, n);
            Cell p = cell(row, PARAMETRI, n);
            i.parametersLoc = p.loc();
            if (!p.blank()) {
                i.parameters = flow(p, problems);
                if (i.parameters == null) {
                    i.parameters = Values.empty();
                }
            }
            node.indicators.add(i);
        }

        /** The objective or phase with this code under its parent, created on first sight. */
        private ObjectiveDraft objective(String unitCode, Cell[] coded, ObjectiveDraft parent,
                                         List<ObjectiveDraft> siblings, int n, String column) {
            String code = coded[0].text();
            ObjectiveDraft o = objectives.get(code);
            String owner = unitCode + "|" + (parent == null ? "" : parent.code.text());
            if (o == null) {
                o = new ObjectiveDraft(new Loc(n, column));
                o.code = coded[0];
                objectives.put(code, o);
                firstSeen.put("owner|" + code, new Cell(owner, coded[0].loc()));
                siblings.add(o);
            } else {
                Cell first = firstSeen.get("owner|" + code);
                if (!first.text().equals(owner)) {
                    problems.error(coded[0].loc(), "codice '" + code + "' già usato alla riga " + first.loc().row()
                            + " per un altro obiettivo o fase (i codici sono unici nel piano)");
                    return null;
                }
            }
            o.title = once("obiettivo|" + code + "|titolo", coded[1], o.title);
            return o;
        }
    }

    /** A YAML flow mapping cell ({@code {target: 100}}) as values; problems recorded at the cell. */
    static Values flow(Cell cell, Problems problems) {
        try {
            Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(cell.text()));
            if (!(node instanceof MappingNode mn)) {
                problems.error(cell.loc(), "'" + shorten(cell.text()) + "' non è una struttura: scrivere per esempio"
                        + " {target: 100} o {soglia: 50, confronto: '>'}");
                return null;
            }
            for (NodeTuple t : mn.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode)) {
                    problems.error(cell.loc(), "chiave non ammessa in '" + shorten(cell.text()) + "'");
                    return null;
                }
            }
            Problems inner = new Problems(problems.file());
            Values v = YamlPlanReader.parameters(node, inner);
            inner.errors().forEach(e -> problems.error(cell.loc(), e.reason()));
            return inner.hasErrors() ? null : v;
        } catch (YAMLException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            problems.error(cell.loc(), "'" + shorten(cell.text()) + "' non è YAML valido (" + msg.toLowerCase(Locale.ROOT)
                    + "): scrivere per esempio {target: 100}");
            return null;
        }
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
