package it.albero.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results of one task on a pool, handed over once: the task offers results while the caller waits; when the
 * caller stops waiting (done, timed out or interrupted) it closes the outcome and takes what was offered until then.
 * A task that goes on after that (it ignored the interruption) can offer nothing more: a late result never
 * overwrites what the caller reported.
 */
final class Outcome<K, V> {

    /** What the caller took: the results, and whether the task had started at all (else it waited in the queue). */
    record Closed<K, V>(Map<K, V> results, boolean started) {
    }

    private final Map<K, V> results = new LinkedHashMap<>();
    private boolean started;
    private boolean closed;

    /** Called by the task first: whether it may run (false once the caller has stopped waiting). */
    synchronized boolean start() {
        if (closed) {
            return false;
        }
        started = true;
        return true;
    }

    /** Called by the task for each result: false once the caller has stopped waiting (the task should stop). */
    synchronized boolean offer(K key, V value) {
        if (closed) {
            return false;
        }
        results.put(key, value);
        return true;
    }

    /** Called by the caller once: closes the outcome and returns its results so far. */
    synchronized Closed<K, V> close() {
        closed = true;
        return new Closed<>(Map.copyOf(results), started);
    }
}
