package it.albero.api.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A triennial plan of an ente (the performance tree of the PIAO) with its reference year.
 *
 * @param code          code unique within the ente, e.g. {@code PIAO-2025}
 * @param ente          the administration
 * @param title         title as in the plan
 * @param startYear     first year of the triennium
 * @param endYear       last year of the triennium
 * @param referenceYear the year being planned and measured
 * @param status        lifecycle status
 * @param version       version of the plan, raised by every in-year variation
 * @param units         organisational units, in plan order
 */
public record Plan(String code, Ente ente, String title, int startYear, int endYear, int referenceYear,
                   PlanStatus status, int version, List<OrgUnit> units) {

    public Plan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ente, "ente");
        Objects.requireNonNull(status, "status");
        units = List.copyOf(units);
        if (startYear > endYear || referenceYear < startYear || referenceYear > endYear) {
            throw new IllegalArgumentException("anni del piano incoerenti: " + startYear + "-" + endYear
                    + ", riferimento " + referenceYear);
        }
    }

    /** The unit with this code, if any. */
    public Optional<OrgUnit> unit(String unitCode) {
        return units.stream().filter(u -> u.code().equals(unitCode)).findFirst();
    }

    /** Every indicator of the plan, depth first in plan order (phases included). */
    public List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>();
        units.forEach(u -> u.objectives().forEach(o -> o.forEachIndicator(all::add)));
        return all;
    }

    /** The indicator with this code, if any. */
    public Optional<Indicator> indicator(String indicatorCode) {
        return indicators().stream().filter(i -> i.code().equals(indicatorCode)).findFirst();
    }

    /** The unit that holds the objective or indicator with this code, if any. */
    public Optional<OrgUnit> unitOf(String nodeCode) {
        for (OrgUnit u : units) {
            if (u.code().equals(nodeCode)) {
                return Optional.of(u);
            }
            for (Objective o : u.objectives()) {
                boolean[] found = {false};
                o.forEachNode(code -> found[0] |= code.equals(nodeCode));
                if (found[0]) {
                    return Optional.of(u);
                }
            }
        }
        return Optional.empty();
    }

    /** Visits every objective (phases included) depth first. */
    public void forEachObjective(Consumer<Objective> visitor) {
        units.forEach(u -> u.objectives().forEach(o -> o.forEachObjective(visitor)));
    }
}
