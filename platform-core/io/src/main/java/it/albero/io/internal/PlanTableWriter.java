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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;

/** Writes a plan as the rows of its spreadsheet form ({@link PlanTable}), for CSV and XLSX alike. */
final class PlanTableWriter {

    private final YamlPlanWriter yaml = new YamlPlanWriter();

    /** The header and one row per indicator (and per node without indicators). */
    List<List<String>> rows(Plan plan) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(REQUIRED);
        header.addAll(OPTIONAL);
        rows.add(header);
        for (OrgUnit u : plan.units()) {
            if (u.objectives().isEmpty()) {
                rows.add(row(plan, u, null, List.of(), null));
            }
            for (Objective o : u.objectives()) {
                objectiveRows(plan, u, o, new ArrayList<>(), rows);
            }
        }
        return rows;
    }

    private void objectiveRows(Plan plan, OrgUnit u, Objective o, List<Objective> phases, List<List<String>> rows) {
        Objective node = phases.isEmpty() ? o : phases.get(phases.size() - 1);
        if (node.indicators().isEmpty() && (node.phases().isEmpty() || hasAttributes(node))) {
            rows.add(row(plan, u, o, phases, null));
        }
        for (Indicator i : node.indicators()) {
            rows.add(row(plan, u, o, phases, i));
        }
        for (Objective p : node.phases()) {
            List<Objective> deeper = new ArrayList<>(phases);
            deeper.add(p);
            objectiveRows(plan, u, o, deeper, rows);
        }
    }

    private static boolean hasAttributes(Objective o) {
        return o.weight() != null || !o.tags().isEmpty() || o.review() != null;
    }

    private List<String> row(Plan plan, OrgUnit u, Objective o, List<Objective> phases, Indicator i) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put(ENTE, plan.ente().code() + SEP + plan.ente().name());
        r.put(SETTORE, u.code() + SEP + u.name());
        Objective innermost = phases.isEmpty() ? o : phases.get(phases.size() - 1);
        if (o != null) {
            r.put(OBIETTIVO, o.code() + SEP + o.title());
            List<String> chain = new ArrayList<>();
            phases.forEach(p -> chain.add(p.code() + SEP + p.title()));
            r.put(FASE, String.join(PHASE_SEP, chain));
        }
        if (i != null) {
            r.put(INDICATORE, i.instrument().isEmpty() ? i.code() : i.code() + SEP + i.instrument());
            r.put(RISULTATO, i.expectedResult());
            r.put(TEMPI, i.timing().text());
            r.put(PESO, number(i.weight()));
            r.put(TIPO, i.typeId());
            r.put(PARAMETRI, yaml.flow(YamlPlanWriter.plain(i.parameters())));
            r.put(REVISIONE, i.review());
        }
        r.put(PIANO, plan.code() + SEP + plan.title());
        r.put(ANNO_INIZIO, String.valueOf(plan.startYear()));
        r.put(ANNO_FINE, String.valueOf(plan.endYear()));
        r.put(ANNO_RIF, String.valueOf(plan.referenceYear()));
        r.put(STATO, plan.status().label());
        r.put(TIPO_UNITA, u.kind().label());
        r.put(MODULO, u.moduleId());
        r.put(REV_UNITA, u.review());
        if (innermost != null) {
            r.put(PESO_OBIETTIVO, number(innermost.weight()));
            r.put(TAG_OBIETTIVO, innermost.tags().isEmpty() ? "" : yaml.flow(YamlPlanWriter.sorted(innermost.tags())));
            r.put(REV_OBIETTIVO, innermost.review());
        }
        List<String> out = new ArrayList<>();
        for (String h : REQUIRED) {
            out.add(Objects.toString(r.get(h), ""));
        }
        for (String h : OPTIONAL) {
            out.add(Objects.toString(r.get(h), ""));
        }
        return out;
    }

    private static String number(Double w) {
        return w == null ? "" : YamlPlanWriter.weight(w).toPlainString().replace('.', ',');
    }
}
