package it.albero.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import it.albero.api.engine.Engine;
import it.albero.api.engine.MeasurementSource;
import it.albero.api.feed.TableReader;
import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.io.PlanImporter;
import it.albero.api.model.Ente;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.service.AccessDeniedException;
import it.albero.api.service.Caller;
import it.albero.api.service.MeasurementInput;
import it.albero.api.service.NotFoundException;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/**
 * A user limited to ente A ({@code ente-A}) gets, for every operation on a plan of ente B, the answer of a plan that
 * does not exist, before any store is asked about B; lists show only A. The stores here hold both plans, so a
 * missing check would read or write B and fail the test.
 */
class EnteLimitsTest {

    private static final Ente A = new Ente("A", "Comune A");
    private static final Ente B = new Ente("B", "Comune B");
    private static final PlanSummary PA = summary(A, 2025, "2025-01-01T00:00:00Z");
    private static final PlanSummary PB = summary(B, 2026, "2025-02-01T00:00:00Z");
    private static final Caller OF_A = Caller.of("a", "admin", "ente-A");
    private static final Caller EVERYWHERE = Caller.of("p", "performance");

    private final List<String> touchedB = new ArrayList<>();

    private static PlanSummary summary(Ente e, int year, String at) {
        return new PlanSummary(e, "PIAO", "Piano " + e.code(), year, year + 2, year, PlanStatus.MONITORAGGIO, 1, 0,
                Instant.parse(at));
    }

    private static Plan plan(PlanSummary s) {
        return new Plan(s.code(), s.ente(), s.title(), s.startYear(), s.endYear(), s.referenceYear(), s.status(),
                s.version(), List.of());
    }

    @SuppressWarnings("unchecked")
    private <T> T stub(Class<T> type, BiFunction<String, Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            Object[] a = args == null ? new Object[0] : args;
            for (Object x : a) {
                if (x instanceof PlanKey k && k.enteCode().equals("B")) {
                    touchedB.add(type.getSimpleName() + "." + m.getName());
                }
            }
            return answer.apply(m.getName(), a);
        });
    }

    private PlanStore plans() {
        return stub(PlanStore.class, (name, a) -> switch (name) {
            case "enti" -> List.of(A, B);
            case "plans" -> List.of(PA, PB);
            case "current" -> a.length == 0 ? Optional.of(PB)
                    : Optional.of(a[0].equals("A") ? PA : PB);
            case "summary" -> Optional.of(a[0].equals(PA.key()) ? PA : PB);
            case "load" -> Optional.of(plan(a[0].equals(PA.key()) ? PA : PB));
            case "indicator" -> Optional.empty();
            default -> throw new AssertionError("PlanStore." + name);
        });
    }

    private MeasurementStore measurements() {
        return stub(MeasurementStore.class, (name, a) -> switch (name) {
            case "source" -> MeasurementSource.none();
            case "list" -> List.of();
            default -> throw new AssertionError("MeasurementStore." + name);
        });
    }

    private OverrideStore overrides() {
        return stub(OverrideStore.class, (name, a) -> switch (name) {
            case "active" -> Map.of();
            default -> throw new AssertionError("OverrideStore." + name);
        });
    }

    private final RoleAccessPolicy access = new RoleAccessPolicy();

    private void refused(Executable operation) {
        NotFoundException e = assertThrows(NotFoundException.class, operation);
        assertEquals("Piano B/PIAO non trovato.", e.getMessage());
    }

    @Test
    void everyOperationOnAPlanOfAnotherEnteIsAPlanThatDoesNotExist() {
        PlanStore plans = plans();
        PlanServiceImpl planService = new PlanServiceImpl(plans, overrides(), stub(PlanImporter.class,
                (n, a) -> null), access);
        Engine engine = stub(Engine.class, (n, a) -> {
            throw new AssertionError("Engine." + n);
        });
        MeasurementServiceImpl measurements = new MeasurementServiceImpl(plans, measurements(), engine, access);
        EvaluationServiceImpl evaluation = new EvaluationServiceImpl(plans, measurements(), overrides(), engine,
                access, stub(AuditTrail.class, (n, a) -> 1L));
        ReminderServiceImpl reminders = new ReminderServiceImpl(plans, measurements(), access, Map.of());
        FeedServiceImpl feeds = new FeedServiceImpl(plans, measurements(), engine, access,
                stub(TableReader.class, (n, a) -> null));
        PlanKey b = PB.key();
        LocalDate day = LocalDate.of(2025, 6, 30);
        MeasurementInput input = new MeasurementInput("X-01.1", day, Map.of("valore", "1"), null, null);
        refused(() -> planService.plan(OF_A, b));
        refused(() -> planService.changeStatus(OF_A, b, PlanStatus.RENDICONTAZIONE, 1));
        refused(() -> planService.override(OF_A, b, "X-01", 0.5, "nota"));
        refused(() -> planService.clearOverride(OF_A, b, "X-01", "nota"));
        refused(() -> measurements.record(OF_A, b, input));
        refused(() -> measurements.correct(OF_A, b, 7, input));
        refused(() -> measurements.list(OF_A, b, "X-01.1"));
        refused(() -> measurements.latest(OF_A, b, null, 10));
        refused(() -> evaluation.evaluate(OF_A, b, day, null));
        refused(() -> evaluation.check(OF_A, b, day, null));
        refused(() -> reminders.due(OF_A, b, day));
        refused(() -> feeds.feed(OF_A, b, "csv", "f.csv", new byte[0], false));
        assertEquals(List.of(), touchedB, "no store was asked about ente B");
        // the same user works on its own ente
        assertEquals(PA, planService.plan(OF_A, PA.key()));
        assertTrue(reminders.due(OF_A, PA.key(), day).isEmpty());
        // and a user with no ente role is not limited
        assertEquals(PB, planService.plan(EVERYWHERE, b));
    }

    @Test
    void listsAndTheCurrentPlanAreThoseOfTheCallersEnti() {
        PlanServiceImpl service = new PlanServiceImpl(plans(), overrides(), stub(PlanImporter.class, (n, a) -> null),
                access);
        assertEquals(List.of(A), service.enti(OF_A));
        assertEquals(List.of(PA), service.plans(OF_A));
        assertEquals(Optional.of(PA), service.current(OF_A));
        assertEquals(Optional.empty(), service.current(OF_A, "B"));
        assertEquals(Optional.of(PA), service.current(OF_A, "A"));
        assertEquals(List.of(A, B), service.enti(EVERYWHERE));
        assertEquals(List.of(PA, PB), service.plans(EVERYWHERE));
        assertEquals(Optional.of(PB), service.current(EVERYWHERE));
        Caller both = Caller.of("u", "lettore", "ente-A", "ente-B");
        assertEquals(Optional.of(PB), service.current(both), "latest reference year among the caller's enti");
        assertThrows(AccessDeniedException.class, () -> service.plans(Caller.of("x", "ente-A")),
                "an ente role alone gives no right to read");
    }

    @Test
    void anImportForAnotherEnteIsRefusedAndWritesNothing() {
        List<Boolean> runs = new ArrayList<>();
        PlanImporter importer = stub(PlanImporter.class, (n, a) -> {
            boolean dryRun = (Boolean) a[3];
            runs.add(dryRun);
            return new ImportReport((String) a[0], PlanFormat.YAML, plan(PB), List.of(), List.of(), dryRun, !dryRun,
                    dryRun ? 0 : 2, 1, Map.of(), List.of());
        });
        PlanServiceImpl service = new PlanServiceImpl(plans(), overrides(), importer, access);
        byte[] file = "ente: B".getBytes(StandardCharsets.UTF_8);
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> service.importPlan(OF_A,
                "piano.yaml", PlanFormat.YAML, new ByteArrayInputStream(file), false));
        assertEquals("L'utente 'a' non può importare piani dell'ente 'B' (il file piano.yaml è di quell'ente):"
                + " nulla è stato scritto.", e.getMessage());
        assertEquals(List.of(true), runs, "only the check without writing ran");
        assertThrows(AccessDeniedException.class, () -> service.importPlan(OF_A, "piano.yaml", PlanFormat.YAML,
                new ByteArrayInputStream(file), true));
        runs.clear();
        ImportReport ok = service.importPlan(Caller.of("b", "performance", "ente-B"), "piano.yaml", PlanFormat.YAML,
                new ByteArrayInputStream(file), false);
        assertTrue(ok.written());
        assertEquals(List.of(true, false), runs, "checked, then written");
        runs.clear();
        assertFalse(service.importPlan(EVERYWHERE, "piano.yaml", PlanFormat.YAML, new ByteArrayInputStream(file),
                true).written());
        assertEquals(List.of(true), runs, "an unlimited user's import is read once");
    }
}
