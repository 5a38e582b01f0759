package it.albero.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

/** The embedded seed: loads once, and round-trips through every format (skipped while it is being written). */
class SeedTest {

    private final PlanFiles files = new PlanFiles(new ItalianParser());

    private static byte[] seed() throws IOException {
        try (InputStream in = SeedTest.class.getClassLoader().getResourceAsStream(SeedLoader.SEED)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private PlanFiles.Result read() throws IOException {
        byte[] bytes = seed();
        assumeTrue(bytes != null, "seed YAML not written yet");
        PlanFiles.Result r = files.read(SeedLoader.SEED, PlanFormat.YAML, bytes, PlanBuilder.NONE);
        assumeTrue(r.plan() != null, () -> "seed YAML not complete yet: " + r.problems().errors().size()
                + " errors, first " + r.problems().errors().stream().limit(5).toList());
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
    void seedLoaderIsIdempotent() throws IOException {
        assumeTrue(seed() != null, "seed YAML not written yet");
        read();
        MemoryPlanStore store = new MemoryPlanStore();
        SeedLoader loader = new SeedLoader();
        loader.store = store;
        loader.importer = new PlanImporterImpl(store, null);
        ImportReport first = loader.load();
        assertNotNull(first);
        assertTrue(first.written(), first.errors().toString());
        assertEquals(1, store.plans.size());
        assertNull(loader.load(), "a second activation does nothing");
        assertEquals(1, store.saves);
    }
}
