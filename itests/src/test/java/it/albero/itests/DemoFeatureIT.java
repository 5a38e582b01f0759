package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/**
 * Issue 12, the demo plan as a feature of its own: the distribution as a real installation boots it, with
 * {@code albero-demo} taken out of the boot features before the first start. Its empty store stays empty; installing
 * the feature later loads the demo plan (an empty store is the only one it writes to); uninstalling it keeps the plan
 * and a second install makes no second copy. That the distribution as shipped boots with the demo plan is
 * {@link SeedPlanIT}'s.
 * <p>
 * The tests run in name order on one container: the first sees the fresh store, the second changes it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DemoFeatureIT extends AlberoTestSupport {

    /** Long enough for a loader that would activate after the boot to have written its plan. */
    private static final Duration SETTLE = Duration.ofSeconds(3);

    @Override
    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(super.configuration(), bootWithout(DEMO));
    }

    @Override
    protected boolean bootsWithDemoPlan() {
        return false;
    }

    @Test
    public void a_withoutTheDemoFeatureAnEmptyStoreStaysEmpty() throws InterruptedException {
        assertFalse("albero-demo was left out of the boot features, yet it is installed", isInstalled(DEMO));
        assertTrue(isInstalled("albero-core"));
        assertEquals("the demo bundle is deployed without its feature", List.of(), bundles("it.albero.demo"));
        PlanStore store = service(PlanStore.class);
        Thread.sleep(SETTLE.toMillis());
        assertEquals("a fresh installation without albero-demo got a plan", List.of(), store.plans());
        assertTrue(store.current().isEmpty());
        String out = executeCommand("albero:plans");
        assertFalse("albero:plans on the empty store:\n" + out, out.contains(SeedPlanIT.SEED.planCode()));
    }

    @Test
    public void b_installingTheDemoFeatureLoadsThePlanAndUninstallingItKeepsThePlan() throws Exception {
        PlanStore store = service(PlanStore.class);
        assertEquals("the store is not empty before albero-demo is installed", List.of(), store.plans());

        installAndAssertFeature(DEMO);
        waitFor("albero-demo installed, yet the demo plan is not loaded", () -> !store.plans().isEmpty(), BOOT);
        List<PlanSummary> loaded = store.plans();
        assertEquals("plans after installing albero-demo: " + loaded, 1, loaded.size());
        PlanSummary seed = loaded.get(0);
        assertEquals(SeedPlanIT.SEED, seed.key());
        assertEquals(SeedPlanIT.SEED_INDICATORS, seed.indicators());
        assertEquals(1, seed.version());

        uninstallFeature(DEMO);
        assertEquals("the demo bundle stays after uninstalling albero-demo", List.of(), bundles("it.albero.demo"));
        assertEquals("uninstalling albero-demo changed the stored plans", loaded, store.plans());
        assertEquals(SeedPlanIT.SEED_INDICATORS, store.load(SeedPlanIT.SEED).orElseThrow().indicators().size());

        installAndAssertFeature(DEMO);
        waitFor("the demo bundle is not Active again", () -> !bundles("it.albero.demo").isEmpty()
                && bundles("it.albero.demo").stream().allMatch(b -> b.getState() == Bundle.ACTIVE), BOOT);
        Thread.sleep(SETTLE.toMillis());
        assertEquals("a second install of albero-demo wrote into a store that has a plan", loaded, store.plans());
    }
}
