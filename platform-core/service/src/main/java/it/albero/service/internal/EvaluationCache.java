package it.albero.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import it.albero.api.engine.TypeInfo;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.store.PlanKey;

/**
 * The latest evaluated trees, so that a dashboard or a program polling the same plan does not re-evaluate an
 * unchanged plan on every request. An entry is used only while everything it was computed from is the same:
 * the store's change stamp (the latest audit entry: every plan save, status change, measurement and override
 * writes one, on any node sharing the database), the installed types, and at most {@code maxAgeSeconds} (which
 * bounds how long a change of the scoring configuration takes to show). Bounded in size, least recently used out.
 */
final class EvaluationCache {

    /** What an evaluation was computed from. */
    record Stamp(long changes, List<TypeInfo> types) {
    }

    private record Key(PlanKey plan, LocalDate asOf) {
    }

    private record Entry(Stamp stamp, Instant at, NodeEvaluation tree) {
    }

    private final int maxEntries;
    private final long maxAgeSeconds;
    private final Clock clock;
    private final Map<Key, Entry> entries;
    private final Map<Key, Object> locks = new java.util.concurrent.ConcurrentHashMap<>();

    EvaluationCache(int maxEntries, long maxAgeSeconds, Clock clock) {
        this.maxEntries = maxEntries;
        this.maxAgeSeconds = maxAgeSeconds;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /**
     * The tree for this plan and day, computed again only when its stamp changed or it is too old. Requests that
     * miss together wait for one computation instead of each computing the same tree (a dashboard's burst after a
     * change would otherwise evaluate the plan once per request).
     */
    NodeEvaluation get(PlanKey plan, LocalDate asOf, Stamp stamp, Supplier<NodeEvaluation> compute) {
        Key key = new Key(plan, asOf);
        Instant now = clock.instant();
        synchronized (entries) {
            Entry e = entries.get(key);
            if (fresh(e, stamp, now)) {
                return e.tree();
            }
        }
        Object lock = locks.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            synchronized (entries) {
                Entry e = entries.get(key);
                if (fresh(e, stamp, clock.instant())) {
                    return e.tree();
                }
            }
            NodeEvaluation tree = compute.get();
            synchronized (entries) {
                entries.put(key, new Entry(stamp, now, tree));
                while (entries.size() > maxEntries) {
                    var eldest = entries.keySet().iterator();
                    locks.remove(eldest.next());
                    eldest.remove();
                }
            }
            return tree;
        }
    }

    private boolean fresh(Entry e, Stamp stamp, Instant now) {
        return e != null && e.stamp().equals(stamp) && !now.isAfter(e.at().plusSeconds(maxAgeSeconds));
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
