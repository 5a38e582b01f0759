package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import it.albero.api.engine.Engine;

/**
 * A sector module comes and goes while the platform runs: its types appear at once, disappear at once, come back
 * at once; the core neither restarts nor leaves anything unresolved.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SectorHotDeployIT extends AlberoTestSupport {

    private static final String MODULE = "entrate";
    private static final String FEATURE = "albero-sector-" + MODULE;

    @Test
    public void sectorInstallUninstallReinstall() throws Exception {
        assertServiceAvailable(Engine.class, BOOT);
        long engineId = serviceId(Engine.class);
        assertBundlesActive(ALBERO);
        assertNoUnresolvedBundles();
        assertTrue("a fresh distribution has no " + MODULE + " types", !hasModuleTypes());

        // install
        installAndAssertFeature(FEATURE);
        long in = timeFor(MODULE + " types not in Engine.types()", this::hasModuleTypes, SHORT);
        waitFor(MODULE + " not listed by albero:types", () -> typesCommandLists(MODULE), SHORT);
        assertBundlesActive(ALBERO);
        assertNoUnresolvedBundles();

        // uninstall
        uninstallFeature(FEATURE);
        long out = timeFor(MODULE + " types still in Engine.types()", () -> !hasModuleTypes(), SHORT);
        waitFor(MODULE + " still listed by albero:types", () -> !typesCommandLists(MODULE), SHORT);
        assertBundlesActive("it.albero.api");
        assertBundlesActive("it.albero.engine");
        assertBundlesActive(ALBERO);
        assertNoUnresolvedBundles();

        // reinstall
        installAndAssertFeature(FEATURE);
        long again = timeFor(MODULE + " types not back in Engine.types()", this::hasModuleTypes, SHORT);
        waitFor(MODULE + " not listed again by albero:types", () -> typesCommandLists(MODULE), SHORT);
        assertBundlesActive(ALBERO);
        assertNoUnresolvedBundles();

        // nothing restarted: the engine is the same registration as before the sector came and went
        assertEquals("the Engine service was re-registered", engineId, serviceId(Engine.class));
        System.out.printf("hot deploy of %s: types in %d ms, out %d ms, back %d ms%n", MODULE, in, out, again);
    }

    private boolean hasModuleTypes() {
        Engine engine = bundleContext.getService(bundleContext.getServiceReference(Engine.class));
        return engine.types().stream().anyMatch(t -> MODULE.equals(t.moduleId()));
    }

    private boolean typesCommandLists(String moduleId) {
        return executeCommand("albero:types").contains(moduleId);
    }
}
