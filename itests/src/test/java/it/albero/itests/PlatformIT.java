package it.albero.itests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import it.albero.api.engine.Engine;

/** The distribution boots with albero-core: bundles Active, the engine up, the console answering. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends AlberoTestSupport {

    @Test
    public void coreFeatureIsInstalledAtBoot() throws Exception {
        assertTrue("albero-core not installed at boot",
                features().isInstalled(features().getFeature("albero-core")));
    }

    @Test
    public void everyAlberoBundleIsActive() {
        assertServiceAvailable(Engine.class, BOOT);
        assertBundlesActive(ALBERO);
        assertNoUnresolvedBundles();
    }

    @Test
    public void engineServiceIsAvailable() {
        Engine engine = assertServiceAvailable(Engine.class, BOOT);
        assertNotNull(engine.modules());
        assertNotNull(engine.types());
        assertNotNull(engine.checks());
    }

    @Test
    public void modulesCommandAnswers() {
        assertServiceAvailable(Engine.class, BOOT);
        String out = executeCommand("albero:modules");
        assertFalse("albero:modules not found: " + out, out.contains("Command not found"));
    }

    /**
     * The console banner is Albero's, with the version of the distribution (the bundle version of it.albero.api,
     * built in the same reactor), for the local console (bin/karaf) and for ssh / bin/client.
     */
    @Test
    public void theConsoleBannerNamesAlberoAndItsVersion() throws Exception {
        org.osgi.framework.Version v = bundles("it.albero.api").get(0).getVersion();
        String version = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        for (String file : new String[] {"branding.properties", "branding-ssh.properties"}) {
            java.util.Properties branding = new java.util.Properties();
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(
                    java.nio.file.Path.of(System.getProperty("karaf.etc"), file))) {
                branding.load(in);
            }
            String welcome = branding.getProperty("welcome", "");
            assertTrue(file + ": " + welcome, welcome.contains("Albero " + version));
            assertFalse(file + " has an unfiltered placeholder: " + welcome, welcome.contains("${"));
            assertFalse(file + " still says Apache Karaf first: " + welcome, welcome.contains("Apache Karaf\u001B[0m ("));
        }
    }

    @Test
    public void datasourceIsPublished() {
        String out = executeCommand("jdbc:ds-list");
        assertTrue("datasource albero not listed:\n" + out, out.contains("albero"));
        assertTrue("datasource albero not OK:\n" + out, out.contains("OK"));
    }
}
