package it.albero.io.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albero.api.model.Ente;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.store.ConflictException;
import it.albero.api.store.ValidationException;
import it.albero.api.store.IndicatorRef;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.PlanVersion;

/** A PlanStore in memory, with the versioning rule of the real one. */
class MemoryPlanStore implements PlanStore {

    final Map<PlanKey, Plan> plans = new LinkedHashMap<>();
    final Map<PlanKey, List<Plan>> history = new LinkedHashMap<>();
    int saves;

    @Override
    public List<Ente> enti() {
        return plans.values().stream().map(Plan::ente).distinct().toList();
    }

    @Override
    public List<PlanSummary> plans() {
        return plans.values().stream().map(MemoryPlanStore::summary).toList();
    }

    @Override
    public PlanSummary save(Plan plan, String author) {
        PlanKey key = PlanKey.of(plan);
        Plan old = plans.get(key);
        int version = 1;
        if (old != null) {
            if (old.version() != plan.version()) {
                throw new ConflictException("versione cambiata", plan.version(), old.version());
            }
            version = old.version() + 1;
        }
        Plan stored = new Plan(plan.code(), plan.ente(), plan.title(), plan.startYear(), plan.endYear(),
                plan.referenceYear(), plan.status(), version, plan.units());
        plans.put(key, stored);
        history.computeIfAbsent(key, k -> new ArrayList<>()).add(stored);
        saves++;
        return summary(stored);
    }

    @Override
    public Optional<Plan> load(PlanKey key) {
        return Optional.ofNullable(plans.get(key));
    }

    @Override
    public Optional<PlanSummary> summary(PlanKey key) {
        return load(key).map(MemoryPlanStore::summary);
    }

    @Override
    public Optional<PlanSummary> current() {
        List<PlanSummary> all = new ArrayList<>(plans());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public Optional<PlanSummary> current(String enteCode) {
        return plans().stream().filter(p -> p.ente().code().equals(enteCode)).reduce((a, b) -> b);
    }

    @Override
    public PlanSummary updateStatus(PlanKey key, PlanStatus status, int expectedVersion, String author) {
        Plan old = plans.get(key);
        if (old == null) {
            throw new ValidationException(List.of("piano " + key + " non trovato"));
        }
        if (old.version() != expectedVersion) {
            throw new ConflictException("versione cambiata", expectedVersion, old.version());
        }
        Plan stored = new Plan(old.code(), old.ente(), old.title(), old.startYear(), old.endYear(),
                old.referenceYear(), status, old.version() + 1, old.units());
        plans.put(key, stored);
        return summary(stored);
    }

    @Override
    public Optional<IndicatorRef> indicator(PlanKey key, String indicatorCode) {
        return Optional.empty();
    }

    @Override
    public List<PlanVersion> versions(PlanKey key) {
        return history.getOrDefault(key, List.of()).stream().map(p -> new PlanVersion(p.version(), p.status(),
                p.title(), Instant.EPOCH, "memoria", p.indicators().size())).toList();
    }

    @Override
    public Optional<Plan> load(PlanKey key, int version) {
        return history.getOrDefault(key, List.of()).stream().filter(p -> p.version() == version).findFirst();
    }

    private static PlanSummary summary(Plan p) {
        return new PlanSummary(p.ente(), p.code(), p.title(), p.startYear(), p.endYear(), p.referenceYear(),
                p.status(), p.version(), p.indicators().size(), Instant.EPOCH);
    }
}
