package it.albero.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.model.PlanStatus;
import it.albero.api.store.PlanKey;

class PlanImporterImplTest {

    private final MemoryPlanStore store = new MemoryPlanStore();
    private final PlanImporterImpl importer = new PlanImporterImpl(store, null);

    @Test
    void importsAllOrNothing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("piccolo.yaml");
        Files.write(file, PlanFilesTest.resource("fixtures/piccolo.yaml"));
        ImportReport dry = importer.importFile(file, true, "ufficio");
        assertTrue(dry.ok(), dry.errors().toString());
        assertFalse(dry.written());
        assertEquals(0, store.saves, "a dry run writes nothing");
        assertEquals(Map.of("ENT", 3, "PL", 2, "TRA", 2).keySet(), dry.indicatorsByUnit().keySet());

        ImportReport done = importer.importFile(file, false, "ufficio");
        assertTrue(done.written());
        assertEquals(1, done.version());
        assertEquals(1, store.saves);

        String broken = Files.readString(file).replace("tipo: trasversale", "tipo: gruppo")
                .replace("anno_riferimento: 2025", "anno_riferimento: 2029");
        ImportReport bad = importer.importStream("rotto.yaml", PlanFormat.YAML,
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), false, "ufficio");
        assertEquals(2, bad.errors().size(), bad.errors().toString());
        assertNull(bad.plan());
        assertEquals(1, store.saves, "a file with errors imports nothing");
        ImportReport badDry = importer.importStream("rotto.yaml", PlanFormat.YAML,
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, "ufficio");
        assertEquals(bad.errors(), badDry.errors(), "--dry-run reports the same");
    }

    @Test
    void reimportReplacesWithANewVersionKeepingTheStoredStatus() throws IOException {
        byte[] yaml = PlanFilesTest.resource("fixtures/piccolo.yaml");
        importer.importStream("a.yaml", PlanFormat.YAML, new ByteArrayInputStream(yaml), false, "u");
        PlanKey key = new PlanKey("comune-di-prova", "PIAO-2025");
        var stored = store.plans.get(key);
        store.plans.put(key, new it.albero.api.model.Plan(stored.code(), stored.ente(), stored.title(),
                stored.startYear(), stored.endYear(), stored.referenceYear(), PlanStatus.MONITORAGGIO, 1,
                stored.units()));
        ImportReport again = importer.importStream("a.yaml", PlanFormat.YAML, new ByteArrayInputStream(yaml), false,
                "u");
        assertTrue(again.written(), again.errors().toString());
        assertEquals(1, again.replacedVersion());
        assertEquals(2, again.version());
        assertEquals(PlanStatus.MONITORAGGIO, store.plans.get(key).status());
    }

    @Test
    void unknownExtensionAndMissingFile(@TempDir Path dir) {
        assertEquals("x.txt:0:-: estensione non riconosciuta: usare .yaml, .yml, .csv o .xlsx",
                importer.importFile(Path.of("x.txt"), false, "u").errors().get(0).toString());
        assertTrue(importer.importFile(dir.resolve("nessuno.csv"), false, "u").errors().get(0).toString()
                .endsWith("file non trovato"));
    }
}
