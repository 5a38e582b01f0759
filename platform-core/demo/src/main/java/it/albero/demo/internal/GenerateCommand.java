package it.albero.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import it.albero.api.engine.Engine;
import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.io.PlanImporter;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Plan;
import it.albero.api.spi.IndicatorType;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.StoreException;
import it.albero.api.store.ValidationException;

/**
 * {@code albero:generate}: creates N demo enti from the seed plan, deterministically from a seed number, each with its
 * plan and a year of monthly measurements loaded in one batch per ente (see {@link DemoGenerator}). An ente whose
 * plan is already stored is left as it is, so running the command twice adds nothing.
 */
@Service
@Command(scope = "albero", name = "generate", description = "Genera enti dimostrativi con piano e un anno di rilevazioni")
public class GenerateCommand implements Action {

    @Reference
    PlanStore plans;

    @Reference
    MeasurementStore measurements;

    @Reference
    PlanImporter importer;

    @Reference
    Engine engine;

    @Reference
    Session session;

    @Option(name = "--enti", aliases = "-n", description = "Quanti enti generare (1-10000)", required = true)
    int enti;

    @Option(name = "--seed", aliases = "-s", description = "Il numero che determina i dati (stesso numero, stessi dati)")
    long seed = 1;

    @Option(name = "--anno", aliases = "-a", description = "L'anno delle rilevazioni, primo anno del piano (default 2025)")
    int anno = 2025;

    @Option(name = "--prefix", aliases = "-p", description = "Il prefisso dei codici degli enti, in minuscolo (default c: c0001, c0002, ...)")
    String prefix = "c";

    /** One by default: on embedded Derby concurrent plan saves wait for each other's locks and gain nothing. */
    @Option(name = "--threads", description = "Quanti enti caricare insieme (default 1; su PostgreSQL 2-4)")
    int threads = 1;

    @Option(name = "--verbose", aliases = "-v", description = "Una riga per ente")
    boolean verbose;

    @Override
    public Object execute() throws Exception {
        if (enti < 1 || enti > 10_000) {
            throw new IllegalArgumentException("--enti " + enti + ": indicare un numero di enti da 1 a 10000");
        }
        if (anno < 2000 || anno > 2100) {
            throw new IllegalArgumentException("--anno " + anno + ": indicare un anno dal 2000 al 2100");
        }
        if (prefix == null || !prefix.matches("[A-Za-z][A-Za-z0-9-]{0,15}")
                || !DemoGenerator.code(prefix, 1).matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("--prefix '" + prefix + "': da 1 a 16 lettere, cifre o trattini,"
                    + " iniziando con una lettera, senza due trattini di seguito");
        }
        if (threads < 1 || threads > 16) {
            throw new IllegalArgumentException("--threads " + threads + ": indicare un numero da 1 a 16");
        }
        Object user = session == null ? null : session.get("USER");
        String author = user == null ? DemoGenerator.AUTHOR : user.toString();
        Plan seedPlan = seedPlan();
        DemoGenerator generator = new DemoGenerator(seedPlan,
                type -> engine.type(type).map(IndicatorType::measurement).orElse(null));
        long start = System.nanoTime();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicLong recorded = new AtomicLong();
        AtomicLong discarded = new AtomicLong();
        AtomicLong indicators = new AtomicLong();
        // the plans stored before this run, read once (a plan saved meanwhile by someone else is refused by the store)
        java.util.Set<PlanKey> stored = new java.util.HashSet<>();
        plans.plans().forEach(p -> stored.add(p.key()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> jobs = new ArrayList<>();
            for (int index = 1; index <= enti; index++) {
                int n = index;
                jobs.add(pool.submit(() -> {
                    DemoGenerator.Generated g = generator.generate(seed, n, anno, prefix);
                    PlanKey key = PlanKey.of(g.plan());
                    if (stored.contains(key)) {
                        skipped.incrementAndGet();
                        return key + ": già presente, lasciato com'è";
                    }
                    plans.save(g.plan(), author);
                    // the store checks every measurement with the installed types; when one refuses a value (a
                    // stricter version of a type), the ones it accepts are loaded
                    List<Measurement> valid = g.measurements();
                    int count;
                    try {
                        count = measurements.recordBatch(key, valid, author);
                    } catch (ValidationException refused) {
                        valid = accepted(g.plan(), g.measurements());
                        count = measurements.recordBatch(key, valid, author);
                    }
                    int indicatorCount = g.plan().indicators().size();
                    created.incrementAndGet();
                    recorded.addAndGet(count);
                    discarded.addAndGet(g.measurements().size() - valid.size());
                    indicators.addAndGet(indicatorCount);
                    return key + " " + g.plan().ente().name() + " (" + g.population() + " abitanti, "
                            + g.sizeClass() + "): " + indicatorCount + " indicatori, " + count + " rilevazioni";
                }));
            }
            for (Future<String> job : jobs) {
                try {
                    String line = job.get();
                    if (verbose) {
                        System.out.println(line);
                    }
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    throw cause instanceof StoreException se ? se
                            : new IllegalStateException("generazione interrotta: " + cause.getMessage(), cause);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Generati " + created.get() + " enti (" + skipped.get() + " già presenti, lasciati com'erano)"
                + " con seme " + seed + ", anno " + anno + ": " + indicators.get() + " indicatori, " + recorded.get()
                + " rilevazioni" + (discarded.get() > 0 ? " (" + discarded.get() + " scartate dai tipi installati)" : "")
                + " in " + ms + " ms");
        return null;
    }

    /** The measurements the installed types accept (a type may be missing or stricter). */
    private List<Measurement> accepted(Plan plan, List<Measurement> all) {
        Map<String, Indicator> byCode = new HashMap<>();
        plan.indicators().forEach(i -> byCode.put(i.code(), i));
        List<Measurement> valid = new ArrayList<>(all.size());
        for (Measurement m : all) {
            if (engine.validate(byCode.get(m.indicatorCode()), m).isEmpty()) {
                valid.add(m);
            }
        }
        return valid;
    }

    private Plan seedPlan() throws IOException {
        try (InputStream in = DemoPlanLoader.class.getClassLoader().getResourceAsStream(DemoPlanLoader.SEED)) {
            if (in == null) {
                throw new IllegalStateException("piano dimostrativo " + DemoPlanLoader.SEED + " assente dal bundle");
            }
            ImportReport r = importer.importStream(DemoPlanLoader.SEED, PlanFormat.YAML, in, true,
                    DemoGenerator.AUTHOR);
            if (!r.ok() || r.plan() == null) {
                throw new IllegalStateException("piano dimostrativo non leggibile: " + r.errors().size() + " errori");
            }
            return r.plan();
        }
    }
}
