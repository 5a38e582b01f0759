package it.albero.service.internal;

import org.osgi.service.component.annotations.Component;

import it.albero.api.service.AccessPolicy;
import it.albero.api.service.Caller;
import it.albero.api.service.Permission;

/**
 * The roles of DESIGN.md as permissions: {@code admin} everything; {@code performance} plans, lifecycle, every
 * measurement, backup; {@code oiv} reads, overrides and validates; {@code direttore} reads and writes the
 * measurements of its units ({@code unita-<CODE>}); {@code lettore} reads. A user with none of them reads nothing.
 * Roles {@code ente-<CODE>} limit all of that to those enti.
 */
@Component(service = AccessPolicy.class)
public class RoleAccessPolicy implements AccessPolicy {

    @Override
    public boolean seesEnte(Caller caller, String enteCode) {
        if (caller == null || enteCode == null) {
            return false;
        }
        var enti = caller.enti();
        return enti.isEmpty() || enti.contains(enteCode);
    }

    @Override
    public boolean allows(Caller caller, Permission permission, String unitCode) {
        if (caller == null) {
            return false;
        }
        if (caller.has(Caller.ADMIN)) {
            return true;
        }
        boolean performance = caller.has(Caller.PERFORMANCE);
        boolean oiv = caller.has(Caller.OIV);
        return switch (permission) {
            case READ -> performance || oiv || caller.has(Caller.DIRETTORE) || caller.has(Caller.LETTORE);
            case MEASURE -> performance
                    || caller.has(Caller.DIRETTORE) && unitCode != null && caller.units().contains(unitCode);
            case EDIT_PLAN, PLAN_STATUS, BACKUP -> performance;
            case VALIDATE, OVERRIDE -> oiv;
        };
    }
}
