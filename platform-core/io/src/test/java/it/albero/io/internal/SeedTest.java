package it.albero.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.model.Plan;

/**
 * The demo plan (the real plan of Cesano Boscone): it reads without errors, round-trips through every format and
 * imports into an empty store. The file belongs to the demo bundle (platform-core/demo, feature albero-demo); this
 * module's pom puts it on the test class path.
 */
class SeedTest {

    /** The demo plan, as platform-core/demo holds it. */
    static final String SEED = "seed/cesano-boscone-2025.yaml";

    private final PlanFiles files = new PlanFiles(new ItalianParser());

    private static byte[] seed() throws IOException {
        try (InputStream in = SeedTest.class.getClassLoader().getResourceAsStream(SEED)) {
            assertNotNull(in, SEED + " is not on the test class path (platform-core/demo/src/main/resources)");
            return in.readAllBytes();
        }
    }

    private PlanFiles.Result read() throws IOException {
        PlanFiles.Result r = files.read(SEED, PlanFormat.YAML, seed(), PlanBuilder.NONE);
        assertEquals(List.of(), r.problems().errors(), "the demo plan reads without errors");
        assertNotNull(r.plan());
        return r;
    }

    @Test
    void seedIsTheCesanoBosconePlan() throws IOException {
        Plan plan = read().plan();
        assertEquals("cesano-boscone", plan.ente().code());
        assertEquals("Comune di Cesano Boscone", plan.ente().name());
        assertEquals(2025, plan.startYear());
        assertEquals(2027, plan.endYear());
        assertEquals(2025, plan.referenceYear());
        assertTrue(plan.indicators().size() > 100, "indicators: " + plan.indicators().size());
    }

    @ParameterizedTest
    @EnumSource(PlanFormat.class)
    void seedRoundTrips(PlanFormat format) throws IOException {
        Plan plan = read().plan();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.write(plan, format, out);
        PlanFiles.Result again = files.read("seed." + format.id(), format, out.toByteArray(), PlanBuilder.NONE);
        assertEquals(List.of(), again.problems().errors());
        assertEquals(plan, again.plan());
    }

    @Test
    void seedImportsIntoAnEmptyStore() throws IOException {
        MemoryPlanStore store = new MemoryPlanStore();
        ImportReport r = new PlanImporterImpl(store, null)
                .importStream(SEED, PlanFormat.YAML, new ByteArrayInputStream(seed()), false, "albero-seed");
        assertTrue(r.written(), r.errors().toString());
        assertEquals(1, r.version());
        assertEquals(1, store.plans.size());
        assertEquals(1, store.saves);
    }
}
