package it.albero.console.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import it.albero.api.model.Plan;
import it.albero.api.service.PlanService;
import it.albero.api.store.PlanStore;
import it.albero.api.store.StoreException;

/**
 * Base of the completers of codes of a stored plan, as Karaf's examples write them ({@code BookingIdCompleter}):
 * the plan is the one {@code --plan} names on the line being typed, the current one otherwise; an unknown plan or
 * an empty store gives no candidates.
 */
abstract class PlanCodesCompleter implements Completer {

    @Reference
    PlanStore plans;

    @Reference
    PlanService planService;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        Optional<Plan> plan;
        try {
            String[] line = commandLine.getArguments();
            plan = plans.load(Plans.summary(planService, ConsoleCaller.of(session), option(line, "--ente", null),
                    planOption(line)).key());
        } catch (CommandError | StoreException e) {
            plan = Optional.empty();
        }
        StringsCompleter delegate = new StringsCompleter(plan.map(this::codes).orElse(List.of()));
        return delegate.complete(session, commandLine, candidates);
    }

    /** The codes to offer, in plan order. */
    protected abstract Collection<String> codes(Plan plan);

    /** The text of {@code --plan X}, {@code -p X} or {@code --plan=X} on a command line, or {@code null}. */
    static String planOption(String[] arguments) {
        return option(arguments, "--plan", "-p");
    }

    /** The text of {@code name X}, {@code alias X} or {@code name=X} on a command line, or {@code null}. */
    static String option(String[] arguments, String name, String alias) {
        List<String> args = arguments == null ? List.of() : List.of(arguments);
        String found = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith(name + "=")) {
                found = a.substring(name.length() + 1);
            } else if ((a.equals(name) || a.equals(alias)) && i + 1 < args.size()) {
                found = args.get(++i);
            }
        }
        return found == null || found.isBlank() ? null : found;
    }

    /** Every code of a plan: units, objectives and their phases, indicators. */
    static List<String> nodeCodes(Plan plan) {
        List<String> out = new ArrayList<>();
        plan.units().forEach(u -> {
            out.add(u.code());
            u.objectives().forEach(o -> objective(o, out));
        });
        return out;
    }

    private static void objective(it.albero.api.model.Objective o, List<String> out) {
        out.add(o.code());
        o.indicators().forEach(i -> out.add(i.code()));
        o.phases().forEach(ph -> objective(ph, out));
    }
}
