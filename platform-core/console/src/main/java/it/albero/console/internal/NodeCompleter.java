package it.albero.console.internal;

import java.util.Collection;

import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.model.Plan;

/** Completes every code of the plan: units, objectives, indicators ({@code albero:override}, {@code albero:audit}). */
@Service
public class NodeCompleter extends PlanCodesCompleter {

    @Override
    protected Collection<String> codes(Plan plan) {
        return nodeCodes(plan);
    }
}
