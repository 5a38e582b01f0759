package it.albero.console.internal;

import java.util.Collection;

import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;

/** Completes the unit codes of the plan ({@code albero:eval E<tab>} → {@code ENT}). */
@Service
public class UnitCompleter extends PlanCodesCompleter {

    @Override
    protected Collection<String> codes(Plan plan) {
        return plan.units().stream().map(OrgUnit::code).toList();
    }
}
