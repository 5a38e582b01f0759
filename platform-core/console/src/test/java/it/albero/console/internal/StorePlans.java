package it.albero.console.internal;

import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.model.Ente;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.ScoreOverride;
import it.albero.api.service.Caller;
import it.albero.api.service.NotFoundException;
import it.albero.api.service.PlanService;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/**
 * The reads of {@link PlanService} over a test store, with the ente rule of the core's access policy: a caller with
 * roles {@code ente-X} sees only those enti, any other caller every ente. The writes are not the console's concern.
 */
final class StorePlans implements PlanService {

    private final PlanStore store;

    StorePlans(PlanStore store) {
        this.store = store;
    }

    private static boolean sees(Caller caller, String ente) {
        return caller.enti().isEmpty() || caller.enti().contains(ente);
    }

    @Override
    public List<Ente> enti(Caller caller) {
        LinkedHashMap<String, Ente> enti = new LinkedHashMap<>();
        store.plans().forEach(p -> enti.putIfAbsent(p.ente().code(), p.ente()));
        return enti.values().stream().filter(e -> sees(caller, e.code())).toList();
    }

    @Override
    public List<PlanSummary> plans(Caller caller) {
        return store.plans().stream().filter(p -> sees(caller, p.ente().code())).toList();
    }

    @Override
    public Optional<PlanSummary> current(Caller caller) {
        if (caller.enti().isEmpty()) {
            return store.current();
        }
        return plans(caller).stream().max(Comparator.comparingInt(PlanSummary::referenceYear));
    }

    @Override
    public Optional<PlanSummary> current(Caller caller, String enteCode) {
        return plans(caller).stream().filter(p -> p.ente().code().equals(enteCode))
                .max(Comparator.comparingInt(PlanSummary::referenceYear));
    }

    @Override
    public PlanSummary plan(Caller caller, PlanKey plan) {
        if (!sees(caller, plan.enteCode())) {
            throw new NotFoundException("Piano " + plan + " non trovato.");
        }
        return store.summary(plan).orElseThrow(() -> new NotFoundException("Piano " + plan + " non trovato."));
    }

    @Override
    public ImportReport importPlan(Caller caller, String fileName, PlanFormat format, InputStream in, boolean dryRun) {
        throw new AssertionError("not imported");
    }

    @Override
    public PlanSummary changeStatus(Caller caller, PlanKey plan, PlanStatus status, int expectedVersion) {
        throw new AssertionError("not changed");
    }

    @Override
    public ScoreOverride override(Caller caller, PlanKey plan, String nodeCode, double score, String note) {
        throw new AssertionError("not overridden");
    }

    @Override
    public void clearOverride(Caller caller, PlanKey plan, String nodeCode, String note) {
        throw new AssertionError("not cleared");
    }
}
