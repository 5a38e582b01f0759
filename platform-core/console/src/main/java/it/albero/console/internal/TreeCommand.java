package it.albero.console.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.store.PlanSummary;

/** {@code albero:tree [unit-code]}: the tree with its codes, one line per node, indented. */
@Service
@Command(scope = "albero", name = "tree", description = "Mostra l'albero del piano con i codici, un nodo per riga")
public class TreeCommand extends UnitAction {

    private static final int WIDTH = 100;

    @Option(name = "--full", description = "Testi interi (di norma accorciati a una riga)")
    boolean full;

    @Override
    protected Object run() {
        PlanSummary s = summary();
        Plan p = Plans.load(plans, s);
        List<OrgUnit> units = p.units();
        if (unit != null) {
            units = units.stream().filter(u -> u.code().equalsIgnoreCase(unit)).toList();
            if (units.isEmpty()) {
                System.out.println("Unità '" + unit + "' non trovata nel piano " + s.key() + " (unità: "
                        + String.join(", ", p.units().stream().map(OrgUnit::code).toList()) + ").");
                return null;
            }
        }
        System.out.println(p.ente().name() + " - " + p.code() + " " + p.title() + " (" + p.startYear() + "-"
                + p.endYear() + ", riferimento " + p.referenceYear() + ", " + p.status().label() + ", versione "
                + p.version() + ")");
        for (OrgUnit u : units) {
            System.out.println(line(1, u.code(), u.name() + " [" + u.kind().label()
                    + (u.moduleId() == null ? "" : ", modulo " + u.moduleId()) + "]"));
            u.objectives().forEach(o -> objective(o, 2));
        }
        return null;
    }

    private void objective(Objective o, int depth) {
        System.out.println(line(depth, o.code(), o.title() + (o.tags().isEmpty() ? "" : " " + o.tags())));
        for (Indicator i : o.indicators()) {
            String tempi = i.timing().text().isBlank() ? "" : " (" + i.timing().text() + ")";
            String text = i.instrument().isBlank() ? i.expectedResult() : i.instrument();
            System.out.println(line(depth + 1, i.code(), "[" + i.typeId() + "]" + tempi + " " + text
                    + (i.review() == null ? "" : " (da rivedere)")));
        }
        o.phases().forEach(ph -> objective(ph, depth + 1));
    }

    private String line(int depth, String code, String text) {
        String l = "  ".repeat(depth) + code + "  " + text.replaceAll("\\s+", " ").strip();
        return full || l.length() <= WIDTH ? l : l.substring(0, WIDTH - 3) + "...";
    }
}
