package it.albero.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.ScoringPolicy;

/**
 * Evaluates indicators with the installed types, isolating each type: the indicators of one type run as
 * one task on the engine's pool, bounded in time. A type that throws yields "errore" for the indicator
 * at hand; a type that runs past the bound yields "errore" for its pending indicators and is suspended
 * until it is registered again (its thread is interrupted and never handed work again).
 */
final class Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    private final ExecutorService pool;
    private final Set<IndicatorType> suspended = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));

    Evaluator(ExecutorService pool) {
        this.pool = pool;
    }

    /** Forgets a suspension: the type's service went away (and may come back as a new object). */
    void release(IndicatorType type) {
        suspended.remove(type);
    }

    boolean isSuspended(IndicatorType type) {
        return suspended.contains(type);
    }

    /**
     * Evaluates indicators as of a date.
     *
     * @param types        the installed types by id (a snapshot)
     * @param measurements the measurements of an indicator, any date, any order
     * @return evaluations by indicator code, in the order given
     */
    Map<String, Evaluation> evaluate(List<Indicator> indicators, Map<String, Registered<IndicatorType>> types,
                                     Function<String, List<Measurement>> measurements, LocalDate asOf,
                                     int referenceYear, ScoringPolicy scoring, long timeoutMs) {
        Map<String, Evaluation> results = new ConcurrentHashMap<>();
        Map<IndicatorType, List<Context>> work = new IdentityHashMap<>();
        for (Indicator ind : indicators) {
            Registered<IndicatorType> reg = types.get(ind.typeId());
            if (reg == null) {
                results.put(ind.code(), notInstalled(ind));
                continue;
            }
            if (suspended.contains(reg.service())) {
                results.put(ind.code(), Evaluation.without(Status.ERRORE, "Il tipo '" + ind.typeId()
                        + "' è sospeso: non ha risposto entro " + timeoutMs
                        + " ms; reinstallare il modulo '" + ind.moduleIdOfType() + "'."));
                continue;
            }
            work.computeIfAbsent(reg.service(), t -> new ArrayList<>())
                    .add(new Context(ind, upTo(measurements.apply(ind.code()), asOf), asOf, referenceYear, scoring));
        }
        Map<IndicatorType, Future<?>> futures = new IdentityHashMap<>();
        work.forEach((type, contexts) -> futures.put(type, pool.submit(() -> {
            for (Context ctx : contexts) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                results.put(ctx.indicator().code(), safely(type, ctx));
            }
        })));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        futures.forEach((type, future) -> {
            try {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                suspended.add(type);
                LOG.warn("Indicator type '{}' did not answer within {} ms: suspended until re-registered",
                        idOf(type), timeoutMs);
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                LOG.warn("Indicator type '{}' failed", idOf(type), e.getCause());
            }
            for (Context ctx : work.get(type)) {
                results.putIfAbsent(ctx.indicator().code(), Evaluation.without(Status.ERRORE,
                        "Il tipo '" + ctx.indicator().typeId() + "' non ha risposto entro " + timeoutMs + " ms."));
            }
        });
        Map<String, Evaluation> ordered = new LinkedHashMap<>();
        for (Indicator ind : indicators) {
            ordered.put(ind.code(), results.get(ind.code()));
        }
        return ordered;
    }

    static Evaluation notInstalled(Indicator ind) {
        return Evaluation.without(Status.MODULO_NON_INSTALLATO, "Il tipo '" + ind.typeId()
                + "' non è disponibile: installare il modulo '" + ind.moduleIdOfType()
                + "' (feature albero-sector-" + ind.moduleIdOfType() + "). I dati sono conservati.");
    }

    private static Evaluation safely(IndicatorType type, Context ctx) {
        try {
            Evaluation e = type.evaluate(ctx);
            if (e == null) {
                return Evaluation.without(Status.ERRORE, "Il tipo '" + ctx.indicator().typeId()
                        + "' non ha restituito una valutazione.");
            }
            return e;
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            LOG.warn("Indicator type '{}' failed on {}", ctx.indicator().typeId(), ctx.indicator().code(), e);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Evaluation.without(Status.ERRORE, "Errore del tipo '" + ctx.indicator().typeId() + "': " + why);
        }
    }

    private static String idOf(IndicatorType type) {
        try {
            return type.id();
        } catch (RuntimeException e) {
            return type.getClass().getName();
        }
    }

    private static List<Measurement> upTo(List<Measurement> all, LocalDate asOf) {
        List<Measurement> out = new ArrayList<>(all.size());
        for (Measurement m : all) {
            if (!m.date().isAfter(asOf)) {
                out.add(m);
            }
        }
        out.sort((a, b) -> {
            int c = a.date().compareTo(b.date());
            return c != 0 ? c : Long.compare(a.id(), b.id());
        });
        return Collections.unmodifiableList(out);
    }

    private record Context(Indicator indicator, List<Measurement> measurements, LocalDate asOf, int referenceYear,
                           ScoringPolicy scoring) implements EvaluationContext {
    }
}
