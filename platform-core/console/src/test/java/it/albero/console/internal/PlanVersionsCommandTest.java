package it.albero.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Ente;
import it.albero.api.model.PlanStatus;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.PlanVersion;

/** {@code albero:plan-versions} and {@code albero:export --version} on a store with two saved versions. */
class PlanVersionsCommandTest {

    private static final PlanSummary CURRENT = new PlanSummary(new Ente("comune", "Comune"), "PIAO-2025",
            "Piano 2025", 2025, 2027, 2025, PlanStatus.ADOTTATO, 3, 6, Instant.parse("2025-03-01T10:00:00Z"));

    private static final List<PlanVersion> VERSIONS = List.of(
            new PlanVersion(1, PlanStatus.BOZZA, "Piano 2025", Instant.parse("2025-01-10T09:00:00Z"), "alice", 6),
            new PlanVersion(2, PlanStatus.BOZZA, "Piano 2025 (variazione)", Instant.parse("2025-02-10T09:00:00Z"),
                    "bob", 7));

    /** Only what the commands call; anything else fails the test. */
    private static PlanStore store() {
        return (PlanStore) Proxy.newProxyInstance(PlanStore.class.getClassLoader(), new Class<?>[] {PlanStore.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "current" -> Optional.of(CURRENT);
                    case "summary" -> Optional.of(CURRENT).filter(s -> s.key().equals(args[0]));
                    case "versions" -> ((PlanKey) args[0]).equals(CURRENT.key()) ? VERSIONS : List.of();
                    case "load" -> Optional.empty();
                    case "plans" -> List.of(CURRENT);
                    default -> throw new AssertionError("the command should not call PlanStore." + method.getName());
                });
    }

    private static String run(PlanVersionsCommand command) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsTheSavedVersionsWithAuthorsAndSaysWhatTheLaterNumbersAre() throws Exception {
        PlanVersionsCommand c = new PlanVersionsCommand();
        c.plans = store();
        c.planService = new StorePlans(c.plans);
        c.plan = "comune/PIAO-2025";
        String out = run(c);
        assertTrue(out.startsWith("Versioni del piano comune/PIAO-2025 (attuale: versione 3, adottato"), out);
        assertTrue(out.contains("alice") && out.contains("bob") && out.contains("Piano 2025 (variazione)"), out);
        assertTrue(out.contains("cambi di stato"), out);
        assertTrue(out.contains("albero:export --plan comune/PIAO-2025 --version N"), out);
    }

    @Test
    void anUnknownVersionIsOneItalianLine() {
        ExportCommand c = new ExportCommand();
        c.plans = store();
        c.planService = new StorePlans(c.plans);
        c.version = 9;
        c.file = "piano.yaml";
        CommandError e = assertThrows(CommandError.class, c::execute);
        assertEquals("Versione 9 del piano comune/PIAO-2025 non in archivio (albero:plan-versions --plan"
                + " comune/PIAO-2025 elenca quelle salvate).", e.getMessage());
    }
}
