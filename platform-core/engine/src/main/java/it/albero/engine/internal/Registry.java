package it.albero.engine.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The services of one kind (types, checks or modules) currently registered, by id. Arrivals and departures
 * rebuild an immutable snapshot, so readers never lock. When two services claim the same id, the one with
 * the highest ranking (then the oldest) wins and the other waits behind it.
 */
final class Registry<T> {

    private final Function<T, String> idOf;
    private final List<Registered<T>> all = new ArrayList<>();
    private volatile Map<String, Registered<T>> byId = Map.of();

    Registry(Function<T, String> idOf) {
        this.idOf = idOf;
    }

    synchronized void add(Registered<T> r) {
        all.add(r);
        rebuild();
    }

    /** Removes a service; returns whether it was present. */
    synchronized boolean remove(T service) {
        boolean removed = all.removeIf(r -> r.service() == service);
        rebuild();
        return removed;
    }

    private void rebuild() {
        List<Registered<T>> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((Registered<T> r) -> -r.ranking()).thenComparingLong(Registered::serviceId));
        Map<String, Registered<T>> m = new LinkedHashMap<>();
        for (Registered<T> r : sorted) {
            String id;
            try {
                id = idOf.apply(r.service());
            } catch (RuntimeException e) {
                continue; // a service that cannot even say its id is ignored
            }
            if (id != null) {
                m.putIfAbsent(id, r);
            }
        }
        byId = Collections.unmodifiableMap(m);
    }

    Registered<T> get(String id) {
        return byId.get(id);
    }

    /** The winning service of every id, sorted by id. */
    List<Registered<T>> list() {
        Map<String, Registered<T>> snapshot = byId;
        List<String> ids = new ArrayList<>(snapshot.keySet());
        Collections.sort(ids);
        List<Registered<T>> out = new ArrayList<>(ids.size());
        ids.forEach(id -> out.add(snapshot.get(id)));
        return out;
    }

    Map<String, Registered<T>> snapshot() {
        return byId;
    }
}
