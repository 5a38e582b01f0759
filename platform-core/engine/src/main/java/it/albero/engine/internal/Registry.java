package it.albero.engine.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.slf4j.Logger;

/**
 * The services of one kind (types, checks or modules) by id: for each id the service with the highest ranking,
 * then the oldest, wins; when it goes, the next takes over. A service's id is read once, when it arrives: a service
 * whose {@code id()} throws or answers null is left out and logged (WARN, with its bundle and service id), never
 * dropped in silence.
 */
final class Registry<T> {

    private record Entry<T>(String id, Registered<T> registered) {
    }

    private final String kind;
    private final Function<T, String> idOf;
    private final Logger log;
    private final List<Entry<T>> all = new ArrayList<>();
    private volatile Map<String, Registered<T>> byId = Map.of();

    /**
     * @param kind what the services are, for the log ("indicator type", "check", "sector module")
     * @param log  where a service that cannot say its id is reported
     */
    Registry(String kind, Function<T, String> idOf, Logger log) {
        this.kind = kind;
        this.idOf = idOf;
        this.log = log;
    }

    /**
     * Adds a service.
     *
     * @return its id, or null when it has none (then it is logged and left out)
     */
    synchronized String add(Registered<T> r) {
        String id;
        try {
            id = idOf.apply(r.service());
        } catch (RuntimeException | LinkageError e) {
            log.warn("Ignored a {} of bundle {} {} (service.id {}, class {}): its id() failed", kind, r.bundle(),
                    r.version(), r.serviceId(), r.service().getClass().getName(), e);
            return null;
        }
        if (id == null || id.isBlank()) {
            log.warn("Ignored a {} of bundle {} {} (service.id {}, class {}): its id() is empty", kind, r.bundle(),
                    r.version(), r.serviceId(), r.service().getClass().getName());
            return null;
        }
        all.add(new Entry<>(id, r));
        rebuild();
        return id;
    }

    /** Removes a service; returns whether it was present. */
    synchronized boolean remove(T service) {
        boolean removed = all.removeIf(e -> e.registered().service() == service);
        rebuild();
        return removed;
    }

    private void rebuild() {
        List<Entry<T>> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((Entry<T> e) -> -e.registered().ranking())
                .thenComparingLong(e -> e.registered().serviceId()));
        Map<String, Registered<T>> m = new LinkedHashMap<>();
        for (Entry<T> e : sorted) {
            m.putIfAbsent(e.id(), e.registered());
        }
        byId = Collections.unmodifiableMap(m);
    }

    Registered<T> get(String id) {
        return byId.get(id);
    }

    /** The winning service of every id, sorted by id. */
    List<Registered<T>> list() {
        return new ArrayList<>(sorted().values());
    }

    /** The winning service of every id, by id in the order of the ids. */
    Map<String, Registered<T>> sorted() {
        return Collections.unmodifiableMap(new TreeMap<>(byId));
    }

    Map<String, Registered<T>> snapshot() {
        return byId;
    }
}
