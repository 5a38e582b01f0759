package it.albero.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    /** How a task ended for the caller. */
    enum End {
        /** It finished within the bound. */
        DONE,
        /** It started and did not finish within the bound: it was interrupted. */
        OVERRAN,
        /** It got no thread within the bound, or the pool refused it: it never ran. */
        BUSY,
        /** It failed, or the caller was interrupted while waiting. */
        FAILED
    }

    /**
     * What the caller took when it stopped waiting.
     *
     * @param failure the task's failure or the caller's interruption, or null
     */
    record Ended<K, V>(Map<K, V> results, End end, Throwable failure) {
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

    /**
     * Called by the caller once: waits for the task until the deadline, interrupts it if it is still running, and
     * closes the outcome.
     *
     * @param future        the task, or null when the pool refused it
     * @param deadlineNanos the end of the time bound, on {@link System#nanoTime()}
     */
    Ended<K, V> await(Future<?> future, long deadlineNanos) {
        Throwable failure = null;
        boolean timedOut = false;
        if (future != null) {
            try {
                future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                timedOut = true;
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                failure = e;
            } catch (ExecutionException e) {
                failure = e.getCause();
            }
        }
        Closed<K, V> closed = close();
        End end = future == null || (timedOut && !closed.started()) ? End.BUSY
                : timedOut ? End.OVERRAN
                : failure != null ? End.FAILED
                : End.DONE;
        return new Ended<>(closed.results(), end, failure);
    }

    /** Called by the caller once: closes the outcome and returns its results so far. */
    synchronized Closed<K, V> close() {
        closed = true;
        return new Closed<>(Map.copyOf(results), started);
    }
}
