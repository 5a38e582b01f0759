package it.albero.store.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throw-away PostgreSQL cluster on loopback for the tests and the benchmark, from Debian's
 * {@code postgresql} package ({@code /usr/lib/postgresql/<n>/bin}). As root, the cluster belongs to the
 * {@code postgres} user (or {@code nobody}) and its commands run through {@code runuser}. Stop it with
 * {@link #close()}; a shutdown hook stops it if the JVM ends first.
 */
final class PostgresServer implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final String osUser;
    private final Thread hook;

    private PostgresServer(Path bin, Path dir, int port, String osUser) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.osUser = osUser;
        this.hook = new Thread(this::stopQuietly, "albero-test-postgres-stop");
    }

    /** The bin folder of the newest installed PostgreSQL, if any. */
    static Optional<Path> binaries() {
        Path root = Paths.get("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> versionOf(b.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Creates and starts a cluster with fsync on (commits are durable, as in production). */
    static PostgresServer start(Path bin) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        String osUser = root ? (userExists("postgres") ? "postgres" : "nobody") : null;
        Path dir = Files.createTempDirectory("albero-pg-");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, dir, port, osUser);
        if (osUser != null) {
            run(List.of("chown", "-R", osUser, dir.toString()), dir.resolve("chown.log"));
        }
        server.pg(List.of(bin.resolve("initdb").toString(), "-D", server.data.toString(), "-U", "albero",
                "--auth=trust", "-E", "UTF8", "--locale=C", "-N"), "initdb.log");
        Runtime.getRuntime().addShutdownHook(server.hook);
        server.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", server.data.toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=on", "start"), "pg_ctl.log");
        return server;
    }

    private static boolean userExists(String name) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("id", "-u", name).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor() == 0;
    }

    private void pg(List<String> command, String log) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (osUser != null) {
            full.addAll(List.of("runuser", "-u", osUser, "--"));
        }
        full.addAll(command);
        run(full, dir.resolve(log));
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("comando fallito: " + String.join(" ", command) + "\n" + Files.readString(log));
        }
    }

    int port() {
        return port;
    }

    PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser("albero");
        return ds;
    }

    /** Creates an empty database. */
    PGSimpleDataSource createDatabase(String name) throws SQLException {
        try (Connection c = dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DROP DATABASE IF EXISTS " + name);
            s.executeUpdate("CREATE DATABASE " + name);
        }
        return dataSource(name);
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind
        }
    }

    private void stopQuietly() {
        if (!Files.exists(data.resolve("postmaster.pid"))) {
            return;
        }
        try {
            pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"),
                    "stop.log");
        } catch (IOException | InterruptedException e) {
            // best effort
        }
    }
}
