package it.albero.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.commons.dbcp2.DataSourceConnectionFactory;
import org.apache.commons.dbcp2.PoolableConnection;
import org.apache.commons.dbcp2.PoolableConnectionFactory;
import org.apache.commons.dbcp2.PoolingDataSource;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.derby.jdbc.EmbeddedDataSource;

import it.albero.api.model.Measurement;
import it.albero.api.model.Plan;
import it.albero.api.model.Values;
import it.albero.api.store.PlanKey;

/**
 * The store's costs, on embedded Derby and on a PostgreSQL started on loopback (not a timed test: it prints
 * figures). Run with {@code bench/store-benchmark.sh} (builds the test classpath and calls this main).
 * <ul>
 * <li>record one measurement, validation and commit included, with a new connection per call (the DataSource
 * of pax-jdbc-config without {@code pool}) and through a dbcp2 pool (with {@code pool = dbcp2});</li>
 * <li>save a whole plan of about 300 indicators in one transaction;</li>
 * <li>load the whole plan tree.</li>
 * </ul>
 * Arguments: {@code [measurements (default 300)] [indicators (default 300)]}.
 */
public final class StoreBenchmark {

    private final int records;
    private final int indicators;

    private StoreBenchmark(int records, int indicators) {
        this.records = records;
        this.indicators = indicators;
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int indicators = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        StoreBenchmark b = new StoreBenchmark(records, indicators);
        System.out.printf("Albero store benchmark: %d rilevazioni, piano sintetico di %d indicatori, %s, %d core%n",
                records, indicators, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("albero-bench-");
        try {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName(dir.resolve("derby").resolve("albero").toString());
            derby.setCreateDatabase("create");
            b.run("Derby 10.14 (embedded, on disk, new connection per call)", derby);
            EmbeddedDataSource derby2 = new EmbeddedDataSource();
            derby2.setDatabaseName(dir.resolve("derby2").resolve("albero").toString());
            derby2.setCreateDatabase("create");
            try (PoolingDataSource<PoolableConnection> pooled = dbcp2(derby2)) {
                b.run("Derby 10.14 (embedded, on disk, dbcp2 pool as pool=dbcp2 gives)", pooled);
            }
            DerbyStoreTest.shutdown(derby.getDatabaseName());
            DerbyStoreTest.shutdown(derby2.getDatabaseName());

            Optional<Path> bin = PostgresServer.binaries();
            if (bin.isEmpty()) {
                System.out.println("PostgreSQL: binari assenti (apt-get install -y postgresql), saltato");
            } else {
                try (PostgresServer pg = PostgresServer.start(bin.get())) {
                    b.run("PostgreSQL (loopback, fsync on, new connection per call)", pg.createDatabase("bench1"));
                    try (PoolingDataSource<PoolableConnection> pooled = dbcp2(pg.createDatabase("bench2"))) {
                        b.run("PostgreSQL (loopback, fsync on, dbcp2 pool as pool=dbcp2 gives)", pooled);
                    }
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private void run(String label, DataSource ds) {
        Stores s = Stores.open(ds, StoreContract.TYPES);
        List<Double> saves = new ArrayList<>();
        Plan plan = null;
        for (int i = 0; i < 7; i++) {
            plan = TestPlans.synthetic("BENCH-" + i, indicators);
            long t = System.nanoTime();
            s.plans().save(plan, "benchmark");
            saves.add(ms(t));
        }
        PlanKey key = PlanKey.of(plan);
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            s.plans().load(key).orElseThrow();
            loads.add(ms(t));
        }
        List<String> codes = plan.indicators().stream().map(i -> i.code()).toList();
        List<Double> recs = new ArrayList<>();
        int warmup = Math.min(50, records / 5);
        for (int i = 0; i < records + warmup; i++) {
            Measurement m = new Measurement(0, codes.get(i % codes.size()), LocalDate.of(2025, 1 + i % 12, 1),
                    Values.of("numeratore", i % 10, "denominatore", 10), "Determina n. " + i, null, "benchmark", null);
            long t = System.nanoTime();
            s.measurements().record(key, m);
            if (i >= warmup) {
                recs.add(ms(t));
            }
        }
        System.out.println(label);
        System.out.printf("  registrare una rilevazione (commit incluso): mediana %.2f ms, p90 %.2f ms (%d misure)%n",
                median(recs), percentile(recs, 0.9), recs.size());
        System.out.printf("  salvare un piano di %d indicatori:          mediana %.1f ms (min %.1f, %d misure)%n",
                plan.indicators().size(), median(saves), saves.stream().min(Double::compare).orElseThrow(), saves.size());
        System.out.printf("  caricare il piano intero:                   mediana %.1f ms (min %.1f, %d misure)%n",
                median(loads), loads.stream().min(Double::compare).orElseThrow(), loads.size());
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    static double median(List<Double> xs) {
        return percentile(xs, 0.5);
    }

    static double percentile(List<Double> xs, double p) {
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(Double::compare);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }

    /**
     * A dbcp2 pool over {@code ds}, built as pax-jdbc-pool-dbcp2 1.5.7 builds it for {@code pool = dbcp2} in
     * {@code etc/org.ops4j.datasource-albero.cfg} (DataSourceConnectionFactory, PoolableConnectionFactory,
     * GenericObjectPool, PoolingDataSource; defaults otherwise).
     */
    static PoolingDataSource<PoolableConnection> dbcp2(DataSource ds) {
        PoolableConnectionFactory factory = new PoolableConnectionFactory(new DataSourceConnectionFactory(ds), null);
        GenericObjectPool<PoolableConnection> pool = new GenericObjectPool<>(factory);
        factory.setPool(pool);
        return new PoolingDataSource<>(pool);
    }
}
