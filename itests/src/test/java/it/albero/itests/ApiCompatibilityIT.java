package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleWiring;

import it.albero.api.engine.Engine;
import it.albero.api.engine.MeasurementSource;
import it.albero.api.engine.ModuleInfo;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Plan;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.store.PlanStore;

/**
 * Issue 6: a sector module built against the API at version 1.0 still installs and works when the core is at a
 * newer minor version. The module is the Entrate bundle as released at 1.0.0, built against the released API 1.0.0
 * ({@code itests/released/}, the same API jar the bnd baseline check of every build compares with): installed as
 * is on the current core, it resolves, registers its module, type and check, and evaluates the seed's indicator.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiCompatibilityIT extends AlberoTestSupport {

    private static final String RELEASED = "albero.released.entrate";

    @Override
    @Configuration
    public Option[] configuration() {
        Option[] base = super.configuration();
        Option[] all = Arrays.copyOf(base, base.length + 1);
        all[base.length] = systemProperty(RELEASED).value(System.getProperty(RELEASED));
        return all;
    }

    @Test
    public void aModuleBuiltAgainstApi10WorksOnTheCurrentCore() throws Exception {
        Version spi = exportedVersion("it.albero.api", "it.albero.api.spi");
        assertTrue("the core should export the SPI at a newer minor than 1.0, not " + spi,
                spi.getMajor() == 1 && spi.getMinor() >= 1);

        File jar = new File(System.getProperty(RELEASED));
        assertTrue("released Entrate 1.0.0 not found: " + jar, jar.isFile());
        Bundle old = bundleContext.installBundle(jar.toURI().toString());
        try {
            assertEquals(Version.parseVersion("1.0.0"), old.getVersion());
            String imports = old.getHeaders().get("Import-Package");
            assertTrue("built against 1.0: " + imports, imports.contains("it.albero.api.spi;version=\"[1.0,2)\""));
            old.start();
            assertEquals(Bundle.ACTIVE, old.getState());

            Engine engine = service(Engine.class);
            waitFor("the 1.0.0 Entrate module is not in Engine.modules()", () -> engine.modules().stream()
                    .anyMatch(m -> m.id().equals("entrate") && m.version().equals("1.0.0")), SHORT);
            ModuleInfo module = engine.modules().stream().filter(m -> m.id().equals("entrate")).findFirst()
                    .orElseThrow();
            assertTrue("types of Entrate 1.0.0: " + module, module.types() >= 1 && module.checks() >= 1);
            assertTrue(executeCommand("albero:modules").lines()
                    .anyMatch(l -> l.strip().startsWith("entrate ") && l.contains("1.0.0")));

            Plan plan = service(PlanStore.class).load(SeedPlanIT.SEED).orElseThrow();
            Indicator notices = plan.indicator("ENT-01.1").orElseThrow();
            assertEquals("entrate.avvisi", notices.typeId());
            Measurement m = Measurement.of(notices.code(), LocalDate.of(2025, 12, 20),
                    Values.of("emessi", 12, "da_emettere", 15), "test");
            Evaluation e = engine.evaluate(notices, List.of(m), LocalDate.of(2025, 12, 31), 2025);
            assertEquals(e.toString(), Status.PARZIALMENTE_RAGGIUNTO, e.status());
            assertEquals(0.8, e.score(), 1e-9);
            assertTrue(e.explanation(), e.explanation().startsWith("12 avvisi emessi su 15 da emettere: 80%"));

            assertTrue("the 1.0.0 check runs on the current core", engine.check(plan, MeasurementSource.none(),
                    LocalDate.of(2025, 6, 30), "ENT").stream()
                    .anyMatch(f -> f.checkId().equals("entrate.prescrizione")));
        } finally {
            old.uninstall();
        }
        Engine engine = service(Engine.class);
        waitFor("Entrate 1.0.0 still in Engine.modules()", () -> engine.modules().isEmpty(), SHORT);
        assertNoUnresolvedBundles();
    }

    private Version exportedVersion(String bundleName, String pkg) {
        Bundle api = bundles(bundleName).stream().filter(b -> b.getSymbolicName().equals(bundleName)).findFirst()
                .orElseThrow();
        for (BundleCapability c : api.adapt(BundleWiring.class).getCapabilities("osgi.wiring.package")) {
            if (pkg.equals(c.getAttributes().get("osgi.wiring.package"))) {
                return (Version) c.getAttributes().get("version");
            }
        }
        throw new AssertionError(bundleName + " does not export " + pkg);
    }
}
