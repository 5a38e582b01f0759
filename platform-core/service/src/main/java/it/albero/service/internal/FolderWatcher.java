package it.albero.service.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.albero.api.feed.FeedProblem;
import it.albero.api.feed.FeedReport;
import it.albero.api.feed.FeedService;
import it.albero.api.feed.SourceInfo;
import it.albero.api.service.Caller;
import it.albero.api.store.NodeCoordination;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/**
 * The watched folders: {@code <data>/albero/feeds/<source id>/}, one per installed source, looked at every
 * {@code interval.seconds}. Each file found is fed as the user {@code cartella} (with the performance office's
 * rights: whoever can write into the folder is trusted by the server's file permissions), then moved to
 * {@code acquisiti/} or, when refused, to {@code scartati/}, with the report beside it ({@code <file>.esito.txt}).
 * One thread, started with the component and stopped with it.
 * <p>
 * Several nodes over one database may watch one shared folder: the folders are looked at by one node at a time, the
 * holder of the database lease {@value #JOB}, renewed at each look and before each file; when that node stops, it
 * gives the lease back, and when it dies, another node takes over once the lease has expired.
 */
@Component(service = FolderWatcher.class, immediate = true, configurationPid = "it.albero.feed",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = FolderConfig.class)
public class FolderWatcher {

    static final String DONE = "acquisiti";
    static final String REFUSED = "scartati";
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final Caller CALLER = Caller.of("cartella", Caller.PERFORMANCE);
    /** The name of the lease in the database. */
    static final String JOB = "cartelle-sorvegliate";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final FeedService feeds;
    private final PlanStore plans;
    private final Path root;
    private final String plan;
    private final ScheduledExecutorService timer;
    private final Schedule schedule;
    private final Map<String, Long> lastLook = new ConcurrentHashMap<>();
    private final NodeCoordination nodes;
    private final String holder;
    private final java.time.Duration lease;

    @Activate
    public FolderWatcher(@Reference FeedService feeds, @Reference PlanStore plans,
                         @Reference NodeCoordination nodes, BundleContext context,
                         FolderConfig config, Map<String, Object> properties) {
        this.feeds = feeds;
        this.nodes = nodes;
        this.schedule = Schedule.of(Math.max(1, config.interval_seconds()), properties);
        this.holder = holder(context);
        // three missed looks (at least a minute) before another node takes over from a dead one
        this.lease = java.time.Duration.ofSeconds(Math.max(60, 3L * schedule.tick()));
        this.plans = plans;
        String data = context.getProperty("karaf.data");
        Path folder = Path.of(config.folder());
        this.root = folder.isAbsolute() || data == null ? folder : Path.of(data).resolve(folder);
        this.plan = config.plan().strip();
        if (config.enabled()) {
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "albero-feed-folders");
                t.setDaemon(true);
                return t;
            });
            int every = schedule.tick();
            timer.scheduleWithFixedDelay(this::scanQuietly, Math.min(every, 10), every, TimeUnit.SECONDS);
            LOG.info("Cartelle sorvegliate delle fonti in {}, ogni {} s", root, every);
        } else {
            this.timer = null;
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        if (timer != null) {
            timer.shutdownNow();
            timer.awaitTermination(10, TimeUnit.SECONDS);
            try {
                nodes.release(JOB, holder);
            } catch (RuntimeException e) {
                LOG.debug("Rilascio del turno delle cartelle: {}", e.getMessage());
            }
        }
    }

    /**
     * This node's name in the lease: the Karaf instance, the host and its home folder, the same across restarts (a
     * node restarted after a crash takes its own lease back at once instead of waiting for it to expire).
     */
    static String holder(BundleContext context) {
        String name = context.getProperty("karaf.name");
        String home = String.valueOf(context.getProperty("karaf.base"));
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "?";
        }
        String id = (name == null ? "karaf" : name) + "@" + host;
        return id.substring(0, Math.min(id.length(), 150)) + "/" + Integer.toHexString(home.hashCode());
    }

    private void scanQuietly() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.warn("Cartelle delle fonti: {}", e.getMessage(), e);
        }
    }

    /** One look at every source's folder; returns the reports of the files fed. */
    List<FeedReport> scan() {
        List<FeedReport> out = new ArrayList<>();
        PlanKey key = target();
        if (key == null) {
            return out;
        }
        if (!nodes.lease(JOB, holder, lease)) {
            LOG.debug("Cartelle sorvegliate: le guarda un altro nodo");
            return out;
        }
        long now = System.nanoTime();
        for (SourceInfo source : feeds.sources()) {
            Long last = lastLook.get(source.id());
            if (last != null && now - last < TimeUnit.SECONDS.toNanos(schedule.every(source.id())) - 500_000_000L) {
                continue; // this source's own interval has not passed yet
            }
            lastLook.put(source.id(), now);
            Path dir = root.resolve(source.id());
            try {
                Files.createDirectories(dir);
                List<Path> files = new ArrayList<>();
                try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
                    for (Path f : list) {
                        String name = f.getFileName().toString();
                        if (Files.isRegularFile(f) && !name.startsWith(".") && !name.endsWith(".esito.txt")
                                && !name.endsWith(".tmp") && !name.endsWith(".part")) {
                            files.add(f);
                        }
                    }
                }
                files.sort(null);
                for (Path f : files) {
                    if (!nodes.lease(JOB, holder, lease) || !Files.exists(f)) {
                        return out; // the lease was lost meanwhile (e.g. a long pause): the new holder goes on
                    }
                    out.add(feedOne(key, source.id(), f));
                }
            } catch (IOException e) {
                LOG.warn("Cartella della fonte {}: {}", source.id(), e.getMessage());
            }
        }
        return out;
    }

    /**
     * When each source's folder is looked at: {@code interval.seconds} for all, or {@code interval.seconds.<source id>}
     * for one (e.g. {@code interval.seconds.finanziario.fatture = 3600}); the timer ticks at the shortest of them.
     */
    record Schedule(int every, Map<String, Integer> bySource) {

        static final String PREFIX = "interval.seconds.";

        static Schedule of(int every, Map<String, Object> properties) {
            return new Schedule(every, parse(properties));
        }

        private static Map<String, Integer> parse(Map<String, Object> properties) {
            Map<String, Integer> out = new java.util.TreeMap<>();
            properties.forEach((k, v) -> {
                if (k.startsWith(PREFIX) && k.length() > PREFIX.length()) {
                    try {
                        out.put(k.substring(PREFIX.length()), Math.max(1, Integer.parseInt(v.toString().strip())));
                    } catch (NumberFormatException e) {
                        LOG.warn("it.albero.feed: {} = '{}' non è un numero di secondi: ignorato", k, v);
                    }
                }
            });
            return Map.copyOf(out);
        }

        int every(String source) {
            return bySource.getOrDefault(source, every);
        }

        int tick() {
            return bySource.values().stream().reduce(every, Math::min);
        }
    }

    private PlanKey target() {
        if (!plan.isEmpty()) {
            int slash = plan.indexOf('/');
            return slash < 0 ? null : new PlanKey(plan.substring(0, slash), plan.substring(slash + 1));
        }
        return plans.current().map(s -> s.key()).orElse(null);
    }

    private FeedReport feedOne(PlanKey key, String source, Path file) throws IOException {
        String name = file.getFileName().toString();
        FeedReport r;
        try {
            r = feeds.feed(CALLER, key, source, name, Files.readAllBytes(file), false);
        } catch (RuntimeException e) {
            r = new FeedReport(source, name, "", false, false, false, false, 0, 0, java.util.Map.of(),
                    List.of(new FeedProblem(name, 0, "-", e.getMessage())), List.of());
        }
        Path target = file.resolveSibling(r.ok() ? DONE : REFUSED);
        Files.createDirectories(target);
        String stamped = LocalDateTime.now().format(STAMP) + "-" + name;
        Files.move(file, target.resolve(stamped), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(target.resolve(stamped + ".esito.txt"), text(r), StandardCharsets.UTF_8);
        if (r.ok()) {
            LOG.info("Fonte {}: {} acquisito, {} rilevazioni ({} correzioni){}", source, name, r.recorded(),
                    r.corrected(), r.duplicate() ? ", già acquisito" : "");
        } else {
            LOG.warn("Fonte {}: {} scartato, {} errori (vedi {})", source, name, r.errors().size(),
                    target.resolve(stamped + ".esito.txt"));
        }
        return r;
    }

    /** The report as the text file left beside the file. */
    static String text(FeedReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Fonte: ").append(r.source()).append('\n').append("File: ").append(r.file()).append('\n');
        if (r.duplicate()) {
            sb.append("Esito: già acquisito con lo stesso contenuto, nessuna rilevazione registrata\n");
        } else if (r.ok()) {
            sb.append("Esito: acquisito, ").append(r.recorded()).append(" rilevazioni (").append(r.corrected())
                    .append(" correzioni)\n");
        } else {
            sb.append("Esito: scartato, ").append(r.errors().size()).append(" errori; nulla è stato registrato\n");
        }
        r.errors().forEach(p -> sb.append("errore ").append(p).append('\n'));
        r.warnings().forEach(p -> sb.append("avviso ").append(p).append('\n'));
        return sb.toString();
    }
}
