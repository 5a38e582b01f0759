package it.albero.api.model;

import java.util.List;
import java.util.Objects;

/**
 * An organisational unit of the plan (Settore, Ufficio) or a cross-cutting group.
 *
 * @param code       code unique within the plan, e.g. {@code ENT}
 * @param name       name as in the plan
 * @param kind       settore, ufficio or trasversale
 * @param moduleId   id of the sector module that serves it (e.g. {@code entrate}), or {@code null}
 * @param objectives objectives in plan order
 * @param review     why a human should look at this node, or {@code null}
 */
public record OrgUnit(String code, String name, UnitKind kind, String moduleId, List<Objective> objectives,
                      String review) {
    public OrgUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        objectives = List.copyOf(objectives);
    }
}
