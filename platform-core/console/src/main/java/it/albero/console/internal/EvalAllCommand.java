package it.albero.console.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Status;
import it.albero.api.service.EvaluationService;
import it.albero.api.service.PlanService;
import it.albero.api.store.PlanSummary;

/**
 * {@code albero:eval-all [--as-of data] [--prefix C]}: evaluates the current plan of every ente the user may read, as
 * of a date, and prints one line per ente (score, indicators by status, milliseconds) and the total time: the way
 * to evaluate many enti at once (bench/scale.sh uses it).
 */
@Service
@Command(scope = "albero", name = "eval-all", description = "Valuta il piano corrente di ogni ente a una data")
public class EvalAllCommand extends AlberoAction {

    @Reference
    PlanService planService;

    @Reference
    EvaluationService evaluation;

    @Option(name = "--as-of", aliases = "-d", description = "Data di riferimento, gg/mm/aaaa o aaaa-mm-gg (oggi se assente)")
    String asOf;

    @Option(name = "--prefix", aliases = "-p", description = "Solo gli enti il cui codice inizia così")
    String prefix;

    @Option(name = "--quiet", aliases = "-q", description = "Solo il totale, senza una riga per ente")
    boolean quiet;

    @Option(name = "--threads", description = "Quanti enti valutare insieme (default: i processori, al più 4)")
    int threads = Math.min(4, Runtime.getRuntime().availableProcessors());

    /** One ente's result. */
    private record Row(PlanSummary plan, NodeEvaluation root, long ms) {
    }

    @Override
    protected Object run() {
        LocalDate date = Plans.date(asOf, "--as-of");
        LocalDate when = date == null ? evaluation.today() : date;
        long start = System.nanoTime();
        // the current plan of each ente: the latest reference year, the one stored last among equals
        Map<String, PlanSummary> current = new java.util.TreeMap<>();
        for (PlanSummary s : planService.plans(caller())) {
            if (prefix != null && !s.ente().code().startsWith(prefix.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            current.merge(s.ente().code(), s, (a, b) -> b.referenceYear() >= a.referenceYear() ? b : a);
        }
        if (current.isEmpty()) {
            throw new CommandError("Nessun piano da valutare" + (prefix == null ? "." : " per gli enti '" + prefix
                    + "...'."));
        }
        if (threads < 1 || threads > 16) {
            throw new CommandError("--threads " + threads + ": indicare un numero da 1 a 16");
        }
        it.albero.api.service.Caller caller = caller();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<Row>> jobs = new ArrayList<>();
        try {
            for (PlanSummary s : current.values()) {
                jobs.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    NodeEvaluation root = evaluation.evaluate(caller, s.key(), date, null);
                    return new Row(s, root, (System.nanoTime() - t) / 1_000_000);
                }));
            }
            Map<Status, Integer> total = new EnumMap<>(Status.class);
            int indicators = 0;
            for (java.util.concurrent.Future<Row> job : jobs) {
                Row row;
                try {
                    row = job.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CommandError("valutazione interrotta");
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new CommandError("valutazione non riuscita: " + e.getCause().getMessage());
                }
                Map<Status, Integer> counts = new EnumMap<>(Status.class);
                leaves(row.root(), n -> counts.merge(n.evaluation().status(), 1, Integer::sum));
                counts.forEach((k, v) -> total.merge(k, v, Integer::sum));
                indicators += counts.values().stream().mapToInt(Integer::intValue).sum();
                if (!quiet) {
                    PlanSummary s = row.plan();
                    System.out.println(s.ente().code() + "  " + s.key().planCode() + "  "
                            + Plans.score(row.root().evaluation().score()) + "  "
                            + row.root().evaluation().status().label() + "  " + statuses(counts) + "  " + row.ms()
                            + " ms  " + s.ente().name());
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("Valutati " + current.size() + " enti al " + it.albero.api.spi.Texts.date(when) + ": "
                    + indicators + " indicatori (" + statuses(total) + ") in " + ms + " ms");
        } finally {
            pool.shutdownNow();
        }
        return null;
    }
    private static String statuses(Map<Status, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k.label()).append(' ').append(v));
        return sb.toString();
    }

    /** The indicators: the nodes without children. */
    private static void leaves(NodeEvaluation n, Consumer<NodeEvaluation> visitor) {
        if (n.children().isEmpty()) {
            visitor.accept(n);
        } else {
            n.children().forEach(c -> leaves(c, visitor));
        }
    }
}
