package it.albero.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import it.albero.api.io.ImportProblem;
import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.io.PlanImporter;
import it.albero.api.model.Ente;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.StoreException;

/** The demo plan goes into an empty store only, once, as it is in the bundle, and the loader never deletes. */
class DemoPlanLoaderTest {

    private static final Ente ENTE = new Ente("cesano-boscone", "Comune di Cesano Boscone");
    private static final Plan PLAN = new Plan("PIAO-2025", ENTE, "Albero della Performance 2025-2027", 2025, 2027,
            2025, PlanStatus.BOZZA, 1, List.of());
    private static final PlanSummary STORED = new PlanSummary(ENTE, "PIAO-2025", "Albero della Performance 2025-2027",
            2025, 2027, 2025, PlanStatus.BOZZA, 1, 286, Instant.parse("2025-01-10T09:00:00Z"));

    /** One import as the loader asked for it. */
    private record Call(String fileName, PlanFormat format, String text, boolean dryRun, String author) {
    }

    /** Records what the loader asks to import, does what a store would do then, answers the report it is given. */
    private static final class RecordingImporter implements PlanImporter {
        final List<Call> calls = new ArrayList<>();
        final ImportReport answer;
        final Runnable onImport;

        RecordingImporter(ImportReport answer) {
            this(answer, () -> { });
        }

        RecordingImporter(ImportReport answer, Runnable onImport) {
            this.answer = answer;
            this.onImport = onImport;
        }

        @Override
        public ImportReport importFile(Path file, boolean dryRun, String author) {
            throw new AssertionError("the loader should import its resource as a stream, not " + file);
        }

        @Override
        public ImportReport importStream(String fileName, PlanFormat format, InputStream in, boolean dryRun,
                                         String author) {
            try {
                calls.add(new Call(fileName, format, new String(in.readAllBytes(), StandardCharsets.UTF_8), dryRun,
                        author));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            onImport.run();
            return answer;
        }
    }

    /** A store that answers {@code plans()} only: anything else (a save, a delete) fails the test. */
    private static PlanStore store(Supplier<List<PlanSummary>> plans) {
        return (PlanStore) Proxy.newProxyInstance(PlanStore.class.getClassLoader(), new Class<?>[] {PlanStore.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "plans" -> plans.get();
                    default -> throw new AssertionError("the loader should not call PlanStore." + method.getName());
                });
    }

    private static ImportReport written() {
        return new ImportReport(DemoPlanLoader.SEED, PlanFormat.YAML, PLAN, List.of(), List.of(), false, true, 1, 0,
                Map.of());
    }

    private static String seedText() throws IOException {
        try (InputStream in = DemoPlanLoader.class.getClassLoader().getResourceAsStream(DemoPlanLoader.SEED)) {
            assertNotNull(in, "the demo plan is not a resource of the bundle: " + DemoPlanLoader.SEED);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anEmptyStoreGetsTheDemoPlanOfTheBundleOnceWrittenByTheSeedAuthor() throws IOException {
        RecordingImporter importer = new RecordingImporter(written());
        new DemoPlanLoader(store(List::of), importer);
        assertEquals(1, importer.calls.size(), "imports at activation");
        Call call = importer.calls.get(0);
        assertEquals(DemoPlanLoader.SEED, call.fileName());
        assertEquals(PlanFormat.YAML, call.format());
        assertFalse(call.dryRun(), "the demo plan must be written, not only checked");
        assertEquals("albero-seed", call.author());
        assertEquals(seedText(), call.text(), "the loader imports the bundle's file as it is");
        assertTrue(call.text().contains("Comune di Cesano Boscone"), "the demo plan is Cesano Boscone's");
    }

    @Test
    void aStoreWithAnyPlanIsLeftAlone() {
        RecordingImporter importer = new RecordingImporter(written());
        new DemoPlanLoader(store(() -> List.of(STORED)), importer);
        assertEquals(List.of(), importer.calls, "a store with a plan gets no demo plan");
    }

    @Test
    void aSecondActivationAfterTheFirstLoadDoesNothing() {
        List<PlanSummary> stored = new ArrayList<>();
        RecordingImporter importer = new RecordingImporter(written(), () -> stored.add(STORED));
        DemoPlanLoader loader = new DemoPlanLoader(store(() -> List.copyOf(stored)), importer);
        assertEquals(1, importer.calls.size());
        assertNull(loader.load(), "once the plan is stored, loading again tries nothing");
        new DemoPlanLoader(store(() -> List.copyOf(stored)), importer);
        assertEquals(1, importer.calls.size(), "a restart (new activation) makes no second copy");
    }

    @Test
    void aStoreThatCannotAnswerGetsNothingAndTheComponentStillActivates() {
        RecordingImporter importer = new RecordingImporter(written());
        DemoPlanLoader loader = new DemoPlanLoader(store(() -> {
            throw new StoreException("database non raggiungibile");
        }), importer);
        assertNull(loader.load());
        assertEquals(List.of(), importer.calls);
    }

    @Test
    void aRefusedImportIsReportedNotThrown() {
        ImportReport refused = new ImportReport(DemoPlanLoader.SEED, PlanFormat.YAML, null,
                List.of(new ImportProblem(DemoPlanLoader.SEED, 3, "ente", "codice mancante")),
                List.of(), false, false, 0, 0, Map.of());
        RecordingImporter importer = new RecordingImporter(refused);
        DemoPlanLoader loader = new DemoPlanLoader(store(List::of), importer);
        assertSame(refused, loader.load());
        assertEquals(2, importer.calls.size(), "an empty store is tried again at the next activation");
    }
}
