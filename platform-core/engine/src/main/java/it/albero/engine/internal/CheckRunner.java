package it.albero.engine.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Severity;

/**
 * Runs checks isolated as types are: every check is one task on the engine's bounded pool of checks, all of them
 * at once under one time bound. A check that throws gives an error finding (the exception goes to the log, a plain
 * Italian message to the user); a check that runs past the bound gives an error finding, is interrupted, and is
 * suspended until it is registered again (never handed work again; what it finds late is discarded). A check that
 * could not even start within the bound, because the pool was busy, gives an error finding and is not suspended.
 */
final class CheckRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CheckRunner.class);

    private final ExecutorService pool;
    private final Set<Check> suspended = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    CheckRunner(ExecutorService pool) {
        this.pool = pool;
    }

    /** Forgets a suspension: the check's service went away (and may come back as a new object). */
    void release(Check check) {
        suspended.remove(check);
    }

    /**
     * Runs the checks over a context.
     *
     * @param checks   the installed checks by id, in the order their findings are returned
     * @param location where a finding about a check itself is located (the plan's code)
     * @return the findings of every check, in the order of the checks
     */
    List<Finding> run(Map<String, Registered<Check>> checks, CheckContext context, String location,
                      Settings settings) {
        Messages text = settings.text();
        long timeoutMs = settings.checkTimeoutMs();
        Map<String, List<Finding>> byCheck = new HashMap<>();
        Map<String, Outcome<String, List<Finding>>> outcomes = new LinkedHashMap<>();
        Map<String, Future<?>> futures = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        checks.forEach((id, r) -> {
            if (suspended.contains(r.service())) {
                byCheck.put(id, List.of(new Finding(id, Severity.ERRORE, location,
                        text.get("check.suspended", id, timeoutMs, moduleOf(r)))));
                return;
            }
            Outcome<String, List<Finding>> outcome = new Outcome<>();
            outcomes.put(id, outcome);
            try {
                futures.put(id, pool.submit(() -> {
                    if (outcome.start()) {
                        List<Finding> found = safely(id, r, context);
                        if (found != null) {
                            outcome.offer(id, found);
                        }
                    }
                }));
            } catch (RejectedExecutionException e) {
                // reported below as busy
            }
        });
        outcomes.forEach((id, outcome) -> {
            Registered<Check> r = checks.get(id);
            Outcome.Ended<String, List<Finding>> got = outcome.await(futures.get(id), deadline);
            List<Finding> found = got.results().get(id);
            String problem = switch (got.end()) {
                case DONE -> found != null ? null : "check.failed";
                case OVERRAN -> {
                    suspended.add(r.service());
                    LOG.warn("Check '{}' of bundle {} did not answer within {} ms: suspended until re-registered",
                            id, r.bundle(), timeoutMs);
                    yield "check.timeout";
                }
                case BUSY -> {
                    LOG.warn("Check '{}' got no thread of the check pool within {} ms: not run", id, timeoutMs);
                    yield "check.busy";
                }
                case FAILED -> {
                    LOG.warn("Check '{}' of bundle {} failed", id, r.bundle(), got.failure());
                    yield "check.failed";
                }
            };
            byCheck.put(id, problem == null ? found : List.of(new Finding(id, Severity.ERRORE, location,
                    text.get(problem, id, timeoutMs, moduleOf(r)))));
        });
        List<Finding> out = new ArrayList<>();
        checks.keySet().forEach(id -> out.addAll(byCheck.getOrDefault(id, List.of())));
        return out;
    }

    /** A check's findings, or one error finding when it throws or answers null. */
    private static List<Finding> safely(String id, Registered<Check> r, CheckContext context) {
        try {
            List<Finding> found = r.service().check(context);
            return found == null ? List.of() : List.copyOf(found);
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            LOG.warn("Check '{}' of bundle {} failed", id, r.bundle(), e);
            return null;
        }
    }

    private static String moduleOf(Registered<Check> r) {
        try {
            return r.service().moduleId();
        } catch (RuntimeException e) {
            return r.bundle();
        }
    }
}
