package it.albero.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.ScoringPolicy;

/**
 * Evaluates indicators with the installed types, isolating each type: the indicators of one type run as
 * one task on the engine's bounded pool, bounded in time. A type that throws yields "errore" for the indicator
 * at hand (the exception goes to the log, a plain Italian message to the user); a type that runs past the bound
 * yields "errore" for its pending indicators and is suspended until it is registered again (its thread is
 * interrupted and never handed work again, and what it computes late is discarded). A task that could not even
 * start within the bound, because the pool was busy, yields "errore" without suspending anybody.
 * <p>
 * An indicator that lists other indicators in its {@code componenti} parameter (a composite) is evaluated in a
 * later round than its components, and sees their evaluations through
 * {@link EvaluationContext#evaluationOf(String)}; a cycle of components is an error.
 */
final class Evaluator {

    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);

    /** The parameter that lists the indicators an indicator is composed of. */
    static final String COMPONENTS = "componenti";

    /** What separates the codes of a text of {@code componenti}. */
    private static final java.util.regex.Pattern CODE_SEPARATOR = java.util.regex.Pattern.compile("[,;]");

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

    /**
     * Evaluates indicators as of a date.
     *
     * @param types        the installed types by id (a snapshot)
     * @param measurements the measurements of an indicator, any date, any order
     * @return evaluations by indicator code, in the order given
     */
    Map<String, Evaluation> evaluate(List<Indicator> indicators, Map<String, Registered<IndicatorType>> types,
                                     Function<String, List<Measurement>> measurements, LocalDate asOf,
                                     int referenceYear, Settings settings) {
        Map<String, Evaluation> results = new HashMap<>();
        for (List<Indicator> round : rounds(indicators, results, settings.text())) {
            evaluateRound(round, types, measurements, asOf, referenceYear, settings, results);
        }
        Map<String, Evaluation> ordered = new LinkedHashMap<>();
        for (Indicator ind : indicators) {
            ordered.put(ind.code(), results.get(ind.code()));
        }
        return ordered;
    }

    /** One round: the indicators of each type as one task on the pool, bounded in time. */
    private void evaluateRound(List<Indicator> indicators, Map<String, Registered<IndicatorType>> types,
                               Function<String, List<Measurement>> measurements, LocalDate asOf, int referenceYear,
                               Settings settings, Map<String, Evaluation> results) {
        Messages text = settings.text();
        long timeoutMs = settings.timeoutMs();
        Map<IndicatorType, List<Context>> work = new IdentityHashMap<>();
        for (Indicator ind : indicators) {
            Registered<IndicatorType> reg = types.get(ind.typeId());
            if (reg == null) {
                results.put(ind.code(), notInstalled(ind, text));
                continue;
            }
            if (suspended.contains(reg.service())) {
                results.put(ind.code(), Evaluation.without(Status.ERRORE,
                        text.get("type.suspended", ind.typeId(), ind.moduleIdOfType(), timeoutMs)));
                continue;
            }
            work.computeIfAbsent(reg.service(), t -> new ArrayList<>())
                    .add(new Context(ind, upTo(measurements.apply(ind.code()), asOf), asOf, referenceYear,
                            settings.scoring(), componentsOf(ind, results)));
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        Map<IndicatorType, Outcome<String, Evaluation>> outcomes = new IdentityHashMap<>();
        Map<IndicatorType, Future<?>> futures = new IdentityHashMap<>();
        work.forEach((type, contexts) -> {
            Outcome<String, Evaluation> outcome = new Outcome<>();
            outcomes.put(type, outcome);
            try {
                futures.put(type, pool.submit(() -> run(type, contexts, outcome, text)));
            } catch (RejectedExecutionException e) {
                // reported below as busy
            }
        });
        work.forEach((type, contexts) -> {
            Outcome.Ended<String, Evaluation> got = outcomes.get(type).await(futures.get(type), deadline);
            results.putAll(got.results());
            String pending = switch (got.end()) {
                case OVERRAN -> {
                    suspended.add(type);
                    LOG.warn("Indicator type '{}' did not answer within {} ms: suspended until re-registered",
                            idOf(type), timeoutMs);
                    yield "type.timeout";
                }
                case BUSY -> {
                    LOG.warn("Indicator type '{}' got no thread of the evaluation pool within {} ms: {} indicators"
                            + " not evaluated", idOf(type), timeoutMs, contexts.size());
                    yield "type.busy";
                }
                case FAILED, DONE -> {
                    if (got.failure() != null) {
                        LOG.warn("Indicator type '{}' failed", idOf(type), got.failure());
                    }
                    yield "type.failed";
                }
            };
            for (Context ctx : contexts) {
                Indicator ind = ctx.indicator();
                if (!results.containsKey(ind.code())) {
                    results.put(ind.code(), Evaluation.without(Status.ERRORE, "type.busy".equals(pending)
                            ? text.get(pending, timeoutMs)
                            : text.get(pending, ind.typeId(), ind.moduleIdOfType(), timeoutMs)));
                }
            }
        });
    }

    /** The task of one type: its indicators one by one, stopping when interrupted or no longer awaited. */
    private static void run(IndicatorType type, List<Context> contexts, Outcome<String, Evaluation> outcome,
                            Messages text) {
        if (!outcome.start()) {
            return;
        }
        for (Context ctx : contexts) {
            if (Thread.currentThread().isInterrupted()
                    || !outcome.offer(ctx.indicator().code(), safely(type, ctx, text))) {
                return;
            }
        }
    }

    /**
     * The indicators in rounds: first those that list no {@code componenti} of the plan, then each indicator in
     * the round after its components'. Indicators whose components form a cycle get "errore" at once.
     */
    static List<List<Indicator>> rounds(List<Indicator> indicators, Map<String, Evaluation> results, Messages text) {
        Map<String, Indicator> byCode = new HashMap<>();
        boolean composites = false;
        for (Indicator i : indicators) {
            byCode.put(i.code(), i);
            composites |= i.parameters().has(COMPONENTS);
        }
        if (!composites) {
            return List.of(indicators);
        }
        Map<String, Integer> levels = new HashMap<>();
        List<List<Indicator>> rounds = new ArrayList<>();
        for (Indicator i : indicators) {
            int level = level(i, byCode, levels, new HashSet<>());
            if (level < 0) {
                results.put(i.code(), Evaluation.without(Status.ERRORE, text.get("type.cycle", i.code(), COMPONENTS)));
                continue;
            }
            while (rounds.size() <= level) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(level).add(i);
        }
        return rounds;
    }

    /** 0 without components in the plan, else 1 + the highest level of its components; -1 in a cycle. */
    private static int level(Indicator i, Map<String, Indicator> byCode, Map<String, Integer> levels, Set<String> path) {
        Integer known = levels.get(i.code());
        if (known != null) {
            return known;
        }
        if (!path.add(i.code())) {
            return -1;
        }
        int level = 0;
        for (String code : components(i)) {
            Indicator c = byCode.get(code);
            if (c == null) {
                continue;
            }
            int l = level(c, byCode, levels, path);
            if (l < 0) {
                level = -1;
                break;
            }
            level = Math.max(level, l + 1);
        }
        path.remove(i.code());
        levels.put(i.code(), level);
        return level;
    }

    /**
     * The codes an indicator lists in {@code componenti}: codes (a text may hold several, separated by commas)
     * or structures with a {@code codice}.
     */
    static List<String> components(Indicator i) {
        if (!i.parameters().has(COMPONENTS)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : i.parameters().list(COMPONENTS)) {
            String codes = o instanceof Values v ? v.text("codice").orElse("") : String.valueOf(o);
            for (String code : CODE_SEPARATOR.split(codes)) {
                if (!code.isBlank()) {
                    out.add(code.trim());
                }
            }
        }
        return out;
    }

    /** The evaluations so far of an indicator's components (earlier rounds are complete). */
    private static Map<String, Evaluation> componentsOf(Indicator i, Map<String, Evaluation> results) {
        List<String> codes = components(i);
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, Evaluation> out = new HashMap<>();
        for (String code : codes) {
            Evaluation e = results.get(code);
            if (e != null) {
                out.put(code, e);
            }
        }
        return out;
    }

    static Evaluation notInstalled(Indicator ind, Messages text) {
        return Evaluation.without(Status.MODULO_NON_INSTALLATO,
                text.get("type.notInstalled", ind.typeId(), ind.moduleIdOfType()));
    }

    private static Evaluation safely(IndicatorType type, Context ctx, Messages text) {
        Indicator ind = ctx.indicator();
        try {
            Evaluation e = type.evaluate(ctx);
            return e != null ? e : Evaluation.without(Status.ERRORE, text.get("type.noEvaluation", ind.typeId()));
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            LOG.warn("Indicator type '{}' failed on {}", ind.typeId(), ind.code(), e);
            return Evaluation.without(Status.ERRORE, text.get("type.failed", ind.typeId(), ind.moduleIdOfType()));
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
                           ScoringPolicy scoring, Map<String, Evaluation> components) implements EvaluationContext {

        @Override
        public Optional<Evaluation> evaluationOf(String indicatorCode) {
            return Optional.ofNullable(components.get(indicatorCode));
        }
    }
}
