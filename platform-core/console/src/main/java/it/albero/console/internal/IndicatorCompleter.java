package it.albero.console.internal;

import java.util.Collection;

import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.model.Indicator;
import it.albero.api.model.Plan;

/** Completes the indicator codes of the plan ({@code albero:measure ENT-<tab>} → {@code ENT-01.1 ENT-02.1 ...}). */
@Service
public class IndicatorCompleter extends PlanCodesCompleter {

    @Override
    protected Collection<String> codes(Plan plan) {
        return plan.indicators().stream().map(Indicator::code).toList();
    }
}
