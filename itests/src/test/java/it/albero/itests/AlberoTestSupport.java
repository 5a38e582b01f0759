package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.useOwnExamBundlesStartLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.junit.Before;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import it.albero.api.engine.CheckInfo;
import it.albero.api.engine.Engine;
import it.albero.api.engine.ModuleInfo;
import it.albero.api.engine.TypeInfo;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Measurement;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Plan;
import it.albero.api.model.Status;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanStore;

/**
 * Base of every Albero integration test, in the style of Apache Karaf's {@code KarafTestSupport}: boots the real
 * distribution zip that {@code karaf-dist} built (path in the system property {@code albero.dist.zip}, set by
 * failsafe) on free ports, and offers the gestures of an administrator: console commands, feature install and
 * uninstall, and waiting for services and bundles.
 */
public abstract class AlberoTestSupport {

    /** Default time to wait for something that should happen "at once". */
    protected static final Duration SHORT = Duration.ofSeconds(2);
    /** Time to wait for something the boot brings up (the container is already up when a test starts). */
    protected static final Duration BOOT = Duration.ofSeconds(60);

    /** Symbolic name prefix of every Albero bundle. */
    protected static final String ALBERO = "it.albero.";

    private static final String MAVEN_CENTRAL = "https://repo1.maven.org/maven2@id=central";

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        String zip = System.getProperty("albero.dist.zip");
        if (zip == null || !new File(zip).isFile()) {
            throw new IllegalStateException("albero.dist.zip does not name the distribution zip: " + zip
                    + " (run the build through Maven: mvn install)");
        }
        String karafVersion = System.getProperty("albero.karaf.version", "4.4.10");
        String localRepo = System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository");
        String mvnCfg = "etc/org.ops4j.pax.url.mvn.cfg";
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(zip).toURI().toString())
                    .karafVersion(karafVersion)
                    .name("Albero")
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            // Pax Exam adds its own feature (pax-exam-features) to the container: it must resolve once.
            editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.repositories", MAVEN_CENTRAL),
            editConfigurationFilePut(mvnCfg, "org.ops4j.pax.url.mvn.localRepository", localRepo),
            // Free ports, so that a test run never collides with a Karaf started by hand or another run.
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", freePort()),
            // The probe waits for the boot features instead of racing them.
            useOwnExamBundlesStartLevel(100),
            systemProperty("pax.exam.osgi.unresolved.fail").value("true"),
        };
    }

    /**
     * The probe may start while the boot features are still being deployed (and their bundles refreshed): every
     * test starts once albero-core is installed, every Albero bundle is Active and the console commands are there.
     */
    @Before
    public void waitForBoot() {
        waitFor("albero-core not installed at boot", () -> isInstalled("albero-core"), BOOT);
        try {
            waitFor("Albero bundles not all Active after boot", this::alberoActive, Duration.ofSeconds(30));
        } catch (AssertionError e) {
            // Pax Exam provisions its own feature while the boot deploys; a refresh it causes can make a bundle's
            // activator fail (seen: pax-jdbc-derby, "javax.naming.Referenceable not found by derby") and the boot
            // deployment then stops starting the rest. Start what was left resolved, as the deployer would have.
            System.err.println("boot left bundles not started, starting them: " + e.getMessage());
            startResolvedBundles();
        }
        waitFor("Albero bundles not all Active after boot", this::alberoActive, BOOT);
        try {
            waitFor("the albero console commands are not registered", () -> commandExists("albero:modules"),
                    Duration.ofSeconds(30));
        } catch (AssertionError e) {
            // the same boot failure can stop the deployment before albero-core's shell conditional (the console
            // bundle): install the feature again, as an administrator would, without refreshing anything
            System.err.println("albero-core left incomplete by the boot, installing it again: " + e.getMessage());
            try {
                installAndAssertFeature("albero-core");
            } catch (Exception ex) {
                throw new AssertionError("albero-core cannot be installed again", ex);
            }
            startResolvedBundles();
            waitFor("the albero console commands are not registered", () -> commandExists("albero:modules"), BOOT);
        }
        if (bootsWithDemoPlan()) {
            // the demo feature loads the demo plan into the empty store at boot: wait until it is committed
            PlanStore plans = assertServiceAvailable(PlanStore.class, BOOT);
            waitFor("the demo plan is not loaded", () -> !plans.plans().isEmpty(), BOOT);
        }
    }

    /**
     * Whether the container boots with the feature {@value #DEMO} (as the distribution does), so that every test
     * starts once its plan is stored. A test class that boots without it answers {@code false}.
     */
    protected boolean bootsWithDemoPlan() {
        return true;
    }

    /** The feature that loads the demo plan into an empty store. */
    protected static final String DEMO = "albero-demo";

    /**
     * The boot features of the distribution under test (the {@code featuresBoot} of its
     * {@code etc/org.apache.karaf.features.cfg}) without the feature named: an option that boots the container as an
     * installation that left that feature out.
     */
    protected static Option bootWithout(String feature) {
        String zip = System.getProperty("albero.dist.zip");
        Properties cfg = new Properties();
        try (ZipFile file = new ZipFile(zip)) {
            ZipEntry entry = file.stream().filter(e -> e.getName().endsWith(FEATURES_CFG)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + FEATURES_CFG + " in " + zip));
            try (InputStream in = file.getInputStream(entry)) {
                cfg.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FEATURES_CFG + " in " + zip, e);
        }
        String boot = cfg.getProperty("featuresBoot", "");
        List<String> kept = Arrays.stream(boot.split(",")).map(String::strip)
                .filter(f -> !f.equals(feature) && !f.startsWith(feature + "/")).collect(Collectors.toList());
        if (kept.size() == Arrays.stream(boot.split(",")).count()) {
            throw new IllegalStateException(feature + " is not a boot feature of the distribution: " + boot);
        }
        return editConfigurationFilePut(FEATURES_CFG, "featuresBoot", String.join(", ", kept));
    }

    private static final String FEATURES_CFG = "etc/org.apache.karaf.features.cfg";

    // ---------------------------------------------------------------------------------------------------- console

    /** The user the tests log in as (the demo administrator of the distribution). */
    protected static final String USER = "karaf";

    /**
     * Runs a console command as the administrator {@value #USER} and returns what it printed (or its result).
     * Fails when the command throws.
     */
    protected String executeCommand(String command) {
        return executeCommand(command, adminPrincipals());
    }

    /**
     * Runs a console command as the administrator and answers what it printed and, when it failed, the message
     * of the exception the console would show (a user error of an Albero command is one Italian line).
     */
    protected CommandResult tryCommand(String command) {
        return run(command, adminPrincipals());
    }

    /** What a console command printed and, when it failed, the error message the console shows. */
    protected static final class CommandResult {
        /** What the command printed. */
        public final String output;
        /** The message the console shows for the failure (one line for an Albero user error), or null. */
        public final String error;
        final Throwable cause;

        CommandResult(String output, Throwable cause) {
            this.output = output;
            this.cause = cause;
            this.error = cause == null ? null : String.valueOf(cause.getMessage());
        }

        public boolean failed() {
            return error != null;
        }

        /** What the user sees: the output, then the error line. */
        @Override
        public String toString() {
            return output + (error == null ? "" : "Error executing command: " + error + "\n");
        }
    }

    private static Principal[] adminPrincipals() {
        return new Principal[] {new UserPrincipal(USER), new RolePrincipal("admin"), new RolePrincipal("manager"),
                new RolePrincipal("viewer"), new RolePrincipal("systembundles")};
    }

    /**
     * Logs in to the distribution's JAAS realm {@code karaf} (the shipped {@code etc/users.properties}) as a demo
     * user, whose password is its name, and answers the Subject with its {@link UserPrincipal} and
     * {@link RolePrincipal}s, as the console, ssh and {@code bin/client} get it.
     */
    protected static Subject login(String user) {
        CallbackHandler handler = callbacks -> {
            for (Callback c : callbacks) {
                if (c instanceof NameCallback) {
                    ((NameCallback) c).setName(user);
                } else if (c instanceof PasswordCallback) {
                    ((PasswordCallback) c).setPassword(user.toCharArray());
                } else {
                    throw new UnsupportedCallbackException(c);
                }
            }
        };
        try {
            LoginContext context = new LoginContext("karaf", handler);
            context.login();
            return context.getSubject();
        } catch (LoginException e) {
            throw new AssertionError("demo user " + user + " cannot log in to the realm karaf: " + e, e);
        }
    }

    /** The role names of a Subject. */
    protected static java.util.Set<String> roles(Subject subject) {
        return subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Runs a console command as the Subject (e.g. {@link #login}) and answers its output and its error, if any. */
    protected CommandResult tryCommandAs(Subject subject, String command) {
        return run(command, subject);
    }

    /** Runs a console command with the given roles and returns what it printed (or its result). */
    protected String executeCommand(String command, Principal... principals) {
        CommandResult r = run(command, principals);
        if (r.failed()) {
            // the cause's class may not exist in the test JVM (e.g. a command's own exception): keep it as text
            java.io.StringWriter trace = new java.io.StringWriter();
            r.cause.printStackTrace(new java.io.PrintWriter(trace));
            throw new AssertionError("Command failed: " + command + "\n" + r + trace);
        }
        return r.output;
    }

    private CommandResult run(String command, Principal... principals) {
        Subject subject = new Subject();
        subject.getPrincipals().addAll(Arrays.asList(principals));
        return run(command, subject);
    }

    private CommandResult run(String command, Subject subject) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, printStream, printStream);
        PrivilegedExceptionAction<Void> action = () -> {
            Object result = session.execute(command);
            if (result != null) {
                session.getConsole().println(result);
            }
            return null;
        };
        Throwable failure = null;
        try {
            Subject.doAs(subject, action);
        } catch (PrivilegedActionException e) {
            failure = e.getException();
        } catch (Exception e) {
            failure = e;
        } finally {
            session.close();
        }
        printStream.flush();
        return new CommandResult(out.toString(StandardCharsets.UTF_8), failure);
    }

    /** Whether a console command ({@code scope:name}) is registered. */
    protected boolean commandExists(String command) {
        String[] parts = command.split(":", 2);
        return sessionFactory.getRegistry().getCommand(parts[0], parts[1]) != null;
    }

    // --------------------------------------------------------------------------------------------------- features

    private boolean alberoActive() {
        return !bundles(ALBERO).isEmpty() && bundles(ALBERO).stream().allMatch(b -> b.getState() == Bundle.ACTIVE);
    }

    private void startResolvedBundles() {
        for (Bundle b : bundleContext.getBundles()) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (b.getState() == Bundle.RESOLVED && !fragment) {
                try {
                    b.start();
                } catch (Exception e) {
                    System.err.println("cannot start " + b.getSymbolicName() + ": " + e);
                }
            }
        }
    }

    /**
     * The features service as registered now: the features bundle may re-register it (on a configuration update),
     * so the tests never keep an injected instance.
     */
    protected FeaturesService features() {
        return service(FeaturesService.class);
    }

    /** Whether the feature (any version) is installed. */
    protected boolean isInstalled(String feature) {
        try {
            return features().isInstalled(features().getFeature(feature));
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Installs a feature without refreshing other bundles ({@code feature:install -r}): the DS components of the
     * core must not restart because a sector arrives.
     */
    protected void installAndAssertFeature(String feature) throws Exception {
        features().installFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        assertTrue("Feature not installed: " + feature, features().isInstalled(features().getFeature(feature)));
    }

    /** Uninstalls a feature without refreshing other bundles. */
    protected void uninstallFeature(String feature) throws Exception {
        features().uninstallFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        assertFalse("Feature still installed: " + feature, features().isInstalled(features().getFeature(feature)));
    }

    // --------------------------------------------------------------------------------------------- services, bundles

    /** Waits up to {@code timeout} for a service of the type and returns it. */
    protected <T> T assertServiceAvailable(Class<T> type, Duration timeout) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundleContext, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(timeout.toMillis());
            assertNotNull("Service not available within " + timeout + ": " + type.getName(), service);
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    /** The service of the type, waiting for it as long as a boot may take. */
    protected <T> T service(Class<T> type) {
        return assertServiceAvailable(type, BOOT);
    }

    /** The evaluations of the indicators of an evaluated tree, by code, in plan order. */
    protected static java.util.Map<String, Evaluation> indicatorEvaluations(
            NodeEvaluation tree) {
        java.util.Map<String, Evaluation> out = new java.util.LinkedHashMap<>();
        tree.forEach(n -> {
            if (n.kind() == NodeEvaluation.Kind.INDICATORE) {
                out.put(n.code(), n.evaluation());
            }
        });
        return out;
    }

    /** A folder under the container's data folder ({@code karaf.data}), created if needed. */
    protected java.nio.file.Path dataDir(String name) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("karaf.data"), name);
        java.nio.file.Files.createDirectories(dir);
        return dir;
    }

    /** The service id of the current registration of a service type, or -1 when there is none. */
    protected long serviceId(Class<?> type) {
        ServiceReference<?> ref = bundleContext.getServiceReference(type);
        return ref == null ? -1 : (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    /** The bundles whose symbolic name starts with the prefix. */
    protected List<Bundle> bundles(String prefix) {
        return Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(prefix))
                .collect(Collectors.toList());
    }

    /** Asserts that there is at least one bundle with the prefix and that all of them are Active. */
    protected void assertBundlesActive(String prefix) {
        List<Bundle> bundles = bundles(prefix);
        assertFalse("No bundle named " + prefix + "*", bundles.isEmpty());
        List<String> notActive = new ArrayList<>();
        for (Bundle b : bundles) {
            if (b.getState() != Bundle.ACTIVE) {
                notActive.add(b.getSymbolicName() + " " + state(b));
            }
        }
        assertTrue("Not Active: " + notActive, notActive.isEmpty());
    }

    /** Asserts that no bundle of the container is left unresolved (Installed). */
    protected void assertNoUnresolvedBundles() {
        List<String> unresolved = Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getState() == Bundle.INSTALLED)
                .map(b -> b.getBundleId() + " " + b.getSymbolicName())
                .collect(Collectors.toList());
        assertEquals("Unresolved bundles", List.of(), unresolved);
    }

    // ------------------------------------------------------------------------------------------------------ waiting

    /** Polls the condition until it holds or the timeout passes; fails with the message then. */
    protected static void waitFor(String message, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail(message + " (not within " + timeout.toMillis() + " ms)");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** {@link #waitFor(String, BooleanSupplier, Duration)} that answers how long the wait took, in milliseconds. */
    protected static long timeFor(String message, BooleanSupplier condition, Duration timeout) {
        long start = System.nanoTime();
        waitFor(message, condition, timeout);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String state(Bundle b) {
        switch (b.getState()) {
            case Bundle.INSTALLED: return "Installed";
            case Bundle.RESOLVED: return "Resolved";
            case Bundle.STARTING: return "Starting";
            case Bundle.STOPPING: return "Stopping";
            case Bundle.ACTIVE: return "Active";
            default: return "Uninstalled";
        }
    }

    protected static String freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------- sector modules

    /**
     * A sector module installed alone on the core, live ({@code feature:install -r albero-sector-<id>}): it shows its
     * types and checks (Engine, albero:types, albero:checks, albero:modules with its version and counts), records a
     * measurement of {@code code} with {@code values} (name=value pairs), evaluates the seed's indicators of its types
     * (none "errore" or "modulo non installato") and, with {@code units}, each unit it serves with {@code albero:eval};
     * uninstalled, its indicators are "modulo non installato" (in albero:eval too) with their measurements kept;
     * installed again, the same evaluations. It leaves the core without sector modules.
     */
    protected void moduleAlone(String id, String bundleName, String code, String values, String... units) throws Exception {
        String feature = "albero-sector-" + id;
        Engine engine = service(Engine.class);
        assertEquals("sector modules on the core before " + id, List.of(),
                engine.modules().stream().map(ModuleInfo::id).collect(Collectors.toList()));
        installAndAssertFeature(feature);
        try {
            waitFor(id + " not in Engine.modules()", () -> module(engine, id) != null, SHORT);
            assertEquals("modules with " + id + " alone", List.of(id),
                    engine.modules().stream().map(ModuleInfo::id).collect(Collectors.toList()));
            ModuleInfo info = module(engine, id);

            // types: in the engine with the module id, and in albero:types
            List<TypeInfo> types = engine.types().stream().filter(t -> id.equals(t.moduleId()))
                    .collect(Collectors.toList());
            assertFalse(id + " has no types", types.isEmpty());
            String typesOut = executeCommand("albero:types --module " + id);
            for (TypeInfo t : types) {
                assertTrue(t.id() + " does not start with " + id + ".", t.id().startsWith(id + "."));
                assertEquals(bundleName, t.bundle());
                assertTrue("albero:types --module " + id + " lacks " + t.id() + ":\n" + typesOut,
                        typesOut.lines().anyMatch(l -> l.contains(t.id()) && l.contains(id)));
            }
            assertTrue(executeCommand("albero:types").contains(types.get(0).id()));

            // checks: in the engine with the module id, and in albero:checks
            List<CheckInfo> checks = engine.checks().stream().filter(c -> id.equals(c.moduleId()))
                    .collect(Collectors.toList());
            String checksOut = executeCommand("albero:checks --module " + id);
            for (CheckInfo c : checks) {
                assertTrue("albero:checks lacks " + c.id() + ":\n" + checksOut, checksOut.contains(c.id()));
            }

            // albero:modules: its row with the bundle's version and the counts
            Bundle bundle = bundles(bundleName).stream().filter(b -> b.getSymbolicName().equals(bundleName))
                    .findFirst().orElseThrow();
            assertEquals(bundle.getVersion().toString(), info.version());
            assertEquals(bundleName, info.bundle());
            assertEquals("types of " + id, types.size(), info.types());
            assertEquals("checks of " + id, checks.size(), info.checks());
            String modulesOut = executeCommand("albero:modules");
            String row = modulesOut.lines().filter(l -> l.strip().startsWith(id + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + id + " in albero:modules:\n" + modulesOut));
            List<String> cells = java.util.Arrays.stream(row.split("\\|")).map(String::strip)
                    .collect(Collectors.toList());
            assertTrue("albero:modules row: " + row, cells.contains(info.version())
                    && cells.contains(String.valueOf(types.size())) && cells.contains(String.valueOf(checks.size())));
            System.out.printf("%s alone: %d types, %d checks, version %s%n", id, types.size(), checks.size(),
                    info.version());

            // a measurement, then the evaluations of the seed's indicators of its types
            MeasurementStore store = service(MeasurementStore.class);
            long mid = StoreIT.recordedId(executeCommand("albero:measure --note \"prova " + id + "\" " + code
                    + " 2025-06-30 " + values), code);
            List<Measurement> kept = store.list(SeedPlanIT.SEED, code);
            assertTrue(kept.stream().anyMatch(m -> m.id() == mid));
            Plan plan = service(PlanStore.class).load(SeedPlanIT.SEED).orElseThrow();
            java.util.Map<String, Evaluation> installed = ofModule(plan, id);
            assertFalse("the seed has no indicator of a type of " + id, installed.isEmpty());
            installed.forEach((c, e) -> assertTrue(c + " with " + id + " installed: " + e,
                    e.status() != Status.MODULO_NON_INSTALLATO && e.status() != Status.ERRORE));
            Evaluation measured = installed.get(code);
            assertTrue(code + " is of a type of " + id, measured != null);
            assertTrue(code + " with a measurement: " + measured, measured.status() != Status.DATI_MANCANTI
                    && measured.status() != Status.NON_ANCORA_DOVUTO);

            for (String unit : units) {
                String eval = executeCommand("albero:eval --as-of 2025-12-31 " + unit);
                assertTrue("albero:eval " + unit + " does not show the unit:\n" + eval,
                        eval.lines().anyMatch(l -> l.strip().startsWith(unit + "  ")));
                for (String c : ofModuleIn(plan, id, unit)) {
                    String line = evalLine(eval, c);
                    assertFalse("albero:eval " + unit + " with " + id + ": " + line, line.contains("  errore  ")
                            || line.contains("  modulo non installato  "));
                }
            }

            // uninstall: data kept, indicators "modulo non installato"
            uninstallFeature(feature);
            waitFor(id + " still in Engine.modules()", () -> module(engine, id) == null, SHORT);
            assertTrue(id + " types left", engine.types().stream().noneMatch(t -> id.equals(t.moduleId())));
            assertFalse(executeCommand("albero:modules").lines().anyMatch(l -> l.strip().startsWith(id + " ")));
            assertEquals("measurements changed when " + id + " went", kept, store.list(SeedPlanIT.SEED, code));
            assertTrue(StoreIT.rowOf(executeCommand("albero:measurements " + code), mid).contains("prova " + id));
            ofModule(plan, id).forEach((c, e) -> assertEquals(c + " without " + id + ": " + e,
                    Status.MODULO_NON_INSTALLATO, e.status()));
            for (String unit : units) {
                String eval = executeCommand("albero:eval --as-of 2025-12-31 " + unit);
                for (String c : ofModuleIn(plan, id, unit)) {
                    assertTrue("albero:eval " + unit + " without " + id + ": " + evalLine(eval, c),
                            evalLine(eval, c).contains("  modulo non installato  "));
                }
            }

            // install again: the same data, the same evaluations
            installAndAssertFeature(feature);
            waitFor(id + " not back in Engine.modules()", () -> module(engine, id) != null, SHORT);
            assertEquals(kept, store.list(SeedPlanIT.SEED, code));
            assertEquals("evaluations of " + id + " indicators after uninstall and install", installed,
                    ofModule(plan, id));
            assertEquals(info.types(), module(engine, id).types());
            assertEquals(info.checks(), module(engine, id).checks());
        } finally {
            if (isInstalled(feature)) {
                uninstallFeature(feature);
            }
            waitFor(id + " left installed", () -> module(engine, id) == null, SHORT);
        }
    }

    protected static ModuleInfo module(Engine engine, String id) {
        return engine.modules().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    /** The evaluations, at the end of the year, of the seed's indicators whose type belongs to the module. */
    protected java.util.Map<String, Evaluation> ofModule(Plan plan, String id) {
        java.util.Map<String, Evaluation> all = indicatorEvaluations(service(Engine.class).evaluate(plan,
                service(MeasurementStore.class).source(SeedPlanIT.SEED), java.time.LocalDate.of(2025, 12, 31)));
        java.util.Map<String, Evaluation> out = new java.util.LinkedHashMap<>();
        plan.indicators().stream().filter(i -> i.typeId().startsWith(id + "."))
                .forEach(i -> out.put(i.code(), all.get(i.code())));
        return out;
    }

    /** The codes of the unit's indicators whose type belongs to the module. */
    private static List<String> ofModuleIn(Plan plan, String id, String unit) {
        List<String> out = new ArrayList<>();
        plan.unit(unit).orElseThrow(() -> new AssertionError("no unit " + unit)).objectives()
                .forEach(o -> o.forEachIndicator(i -> {
                    if (i.typeId().startsWith(id + ".")) {
                        out.add(i.code());
                    }
                }));
        return out;
    }

    /** The line of albero:eval for a node code. */
    private static String evalLine(String eval, String code) {
        return eval.lines().filter(l -> l.strip().startsWith(code + "  ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + code + " in albero:eval:\n" + eval));
    }
}
