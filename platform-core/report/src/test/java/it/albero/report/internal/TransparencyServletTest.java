package it.albero.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import it.albero.api.engine.MeasurementSource;
import it.albero.api.model.Ente;
import it.albero.api.model.Evaluation;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Status;
import it.albero.api.service.AccessPolicy;
import it.albero.api.service.Caller;
import it.albero.api.service.EvaluationService;
import it.albero.api.service.Permission;
import it.albero.api.spi.Finding;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;

/** The public page's routes, its refusal of writes, what is published, and that it evaluates once per change. */
class TransparencyServletTest {

    private static final PlanKey KEY = new PlanKey("prova", "PIAO-2025");

    private final AtomicReference<PlanStatus> status = new AtomicReference<>(PlanStatus.BOZZA);
    private final AtomicLong stamp = new AtomicLong(1);
    /** How much the stamp moves at each read: 0 a still store, 1 a store that changes all the time. */
    private final AtomicLong drift = new AtomicLong(0);
    private final AtomicInteger evaluations = new AtomicInteger();
    private final AtomicInteger checks = new AtomicInteger();
    private final TransparencyServlet servlet;

    TransparencyServletTest() {
        PlanStore plans = stub(PlanStore.class, (name, args) -> switch (name) {
            case "plans" -> List.of(summary(), summary(OTHER_ENTE));
            case "summary" -> KEY.equals(args[0]) ? Optional.of(summary())
                    : OTHER.equals(args[0]) ? Optional.of(summary(OTHER_ENTE)) : Optional.empty();
            case "load" -> Optional.of(OTHER.equals(args[0]) ? plan(OTHER_ENTE) : plan());
            default -> throw new UnsupportedOperationException(name);
        });
        MeasurementStore measurements = stub(MeasurementStore.class, (name, args) -> MeasurementSource.none());
        EvaluationService evaluation = stub(EvaluationService.class, (name, args) -> switch (name) {
            case "evaluate" -> {
                assertEquals(Publication.CALLER, args[0], "the page reads as the system reader");
                evaluations.incrementAndGet();
                yield new NodeEvaluation(NodeEvaluation.Kind.ENTE, "PIAO-2025", "", 1,
                        Evaluation.without(Status.DATI_MANCANTI, "Nessun indicatore."), List.of());
            }
            case "check" -> {
                checks.incrementAndGet();
                yield List.<Finding>of();
            }
            case "today" -> LocalDate.of(2025, 6, 30);
            default -> throw new UnsupportedOperationException(name);
        });
        AccessPolicy access = new AccessPolicy() {
            @Override
            public boolean allows(Caller c, Permission p, String unit) {
                return p == Permission.READ && c.has(Caller.LETTORE);
            }

            @Override
            public boolean seesEnte(Caller c, String ente) {
                return c.enti().isEmpty() || c.enti().contains(ente);
            }
        };
        AuditTrail audit = stub(AuditTrail.class, (name, args) -> stamp.getAndAdd(drift.get()));
        ReportServiceImpl reports = new ReportServiceImpl(plans, measurements, evaluation, access, audit,
                ZoneOffset.UTC, Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC));
        servlet = new TransparencyServlet(plans, reports);
        this.reports = reports;
    }

    private final ReportServiceImpl reports;

    /** A second ente with a plan of the same code, always adopted. */
    private static final Ente OTHER_ENTE = new Ente("altro", "Comune di Altrove");
    private static final PlanKey OTHER = new PlanKey("altro", "PIAO-2025");

    private PlanSummary summary() {
        return new PlanSummary(new Ente("prova", "Comune di Prova"), "PIAO-2025", "Piano 2025", 2025, 2027, 2025,
                status.get(), 3, 0, Instant.EPOCH);
    }

    private static PlanSummary summary(Ente ente) {
        return new PlanSummary(ente, "PIAO-2025", "Piano 2025", 2025, 2027, 2025, PlanStatus.ADOTTATO, 1, 0,
                Instant.EPOCH);
    }

    private Plan plan() {
        return new Plan("PIAO-2025", new Ente("prova", "Comune di Prova"), "Piano 2025", 2025, 2027, 2025,
                status.get(), 3, List.of());
    }

    private static Plan plan(Ente ente) {
        return new Plan("PIAO-2025", ente, "Piano 2025", 2025, 2027, 2025, PlanStatus.ADOTTATO, 1, List.of());
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> answer.apply(m.getName(), args == null ? new Object[0] : args));
    }

    /** What the servlet answered. */
    record Answer(int status, Map<String, String> headers, String contentType, String body) {
    }

    private Answer call(String method, String pathInfo) throws Exception {
        HttpServletRequest req = stub(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getMethod" -> method;
            case "getPathInfo" -> pathInfo;
            case "getRequestURI" -> "/trasparenza" + (pathInfo == null ? "" : pathInfo);
            default -> null;
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> headers = new HashMap<>();
        int[] code = {200};
        String[] type = {null};
        ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener l) {
            }
        };
        HttpServletResponse resp = stub(HttpServletResponse.class, (name, args) -> {
            switch (name) {
                case "setStatus" -> code[0] = (Integer) args[0];
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "setContentType" -> type[0] = (String) args[0];
                case "getOutputStream" -> {
                    return stream;
                }
                default -> {
                }
            }
            return null;
        });
        servlet.service(req, resp);
        return new Answer(code[0], headers, type[0], out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDraftIsNeverPublished() throws Exception {
        Answer index = call("GET", "/");
        assertEquals(200, index.status());
        assertFalse(index.body().contains("prova/PIAO-2025"));
        assertEquals(404, call("GET", "/prova/PIAO-2025/").status());
        assertEquals(404, call("GET", "/prova/PIAO-2025.csv").status());
        assertEquals(0, evaluations.get());
    }

    @Test
    void anAdoptedPlanIsPublishedAndEvaluatedOncePerChange() throws Exception {
        status.set(PlanStatus.ADOTTATO);
        assertTrue(call("GET", "/").body().contains("href=\"prova/PIAO-2025/\""));
        Answer redirect = call("GET", "/prova/PIAO-2025");
        assertEquals(301, redirect.status());
        assertEquals("/trasparenza/prova/PIAO-2025/", redirect.headers().get("Location"));
        Answer page = call("GET", "/prova/PIAO-2025/");
        assertEquals(200, page.status());
        assertEquals("text/html; charset=UTF-8", page.contentType());
        assertTrue(page.body().contains("Monitoraggio in corso"), "adottato: provisional figures");
        Answer csv = call("GET", "/prova/PIAO-2025.csv");
        assertEquals(200, csv.status());
        assertEquals("text/csv; charset=UTF-8", csv.contentType());
        assertTrue(csv.headers().get("Content-Disposition").startsWith("attachment; filename=\"prova-PIAO-2025-"));
        assertTrue(csv.body().startsWith(String.join(",", CsvReport.COLUMNS)));
        assertEquals(2, evaluations.get(), "one for the page, one for the CSV");
        assertEquals(0, checks.get(), "the public page runs no check");
        call("GET", "/prova/PIAO-2025/");
        call("HEAD", "/prova/PIAO-2025.csv");
        assertEquals(2, evaluations.get(), "nothing changed: nothing evaluated again");
        stamp.incrementAndGet();
        call("GET", "/prova/PIAO-2025/");
        assertEquals(3, evaluations.get(), "a change in the store: evaluated again");
        assertEquals(404, call("GET", "/prova/ALTRO/").status());
        assertEquals(404, call("GET", "/prova/PIAO-2025/extra/path").status());
    }

    @Test
    void everyWriteIsRefused() throws Exception {
        status.set(PlanStatus.VALIDATO);
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            for (String path : List.of("/", "/prova/PIAO-2025/", "/prova/PIAO-2025.csv")) {
                Answer a = call(method, path);
                assertEquals(405, a.status(), method + " " + path);
                assertEquals("GET, HEAD", a.headers().get("Allow"));
            }
        }
        assertEquals(0, evaluations.get());
        Answer head = call("HEAD", "/prova/PIAO-2025/");
        assertEquals(200, head.status());
        assertEquals("", head.body(), "HEAD sends no body");
        assertNull(head.headers().get("Content-Disposition"));
        assertTrue(call("GET", "/prova/PIAO-2025/").body().contains("validati dall&#39;OIV"));
    }

    @Test
    void aSnapshotIsReadWhileNothingChanges() {
        status.set(PlanStatus.MONITORAGGIO);
        Caller reader = Publication.CALLER;
        reports.snapshot(reader, KEY, it.albero.api.report.ReportKind.RELAZIONE, null, null);
        assertEquals(1, evaluations.get());
        assertEquals(1, checks.get(), "the reports run the checks");
        drift.set(1);
        it.albero.api.store.ConflictException e = org.junit.jupiter.api.Assertions.assertThrows(
                it.albero.api.store.ConflictException.class,
                () -> reports.snapshot(reader, KEY, it.albero.api.report.ReportKind.RELAZIONE, null, null));
        assertTrue(e.getMessage().contains("riprovare"), e.getMessage());
        assertEquals(6, evaluations.get(), "read again while the store kept changing, five times at most");
        org.junit.jupiter.api.Assertions.assertThrows(it.albero.api.service.AccessDeniedException.class,
                () -> reports.snapshot(Caller.of("nessuno"), KEY, it.albero.api.report.ReportKind.RELAZIONE, null,
                        null));
    }

    @Test
    void everyEntesAdoptedPlansAreListedAndEachPageIsItsEntes() throws Exception {
        status.set(PlanStatus.MONITORAGGIO);
        String index = call("GET", "/").body();
        assertTrue(index.contains("href=\"prova/PIAO-2025/\"") && index.contains("href=\"altro/PIAO-2025/\""), index);
        assertTrue(index.indexOf("Comune di Altrove") < index.indexOf("Comune di Prova"), "by ente name");
        String other = call("GET", "/altro/PIAO-2025/").body();
        assertTrue(other.contains("Comune di Altrove") && !other.contains("Comune di Prova"), other);
        String mine = call("GET", "/prova/PIAO-2025/").body();
        assertTrue(mine.contains("Comune di Prova") && !mine.contains("Comune di Altrove"), mine);
        assertTrue(call("GET", "/altro/PIAO-2025.csv").headers().get("Content-Disposition")
                .startsWith("attachment; filename=\"altro-PIAO-2025-"));
        assertEquals(404, call("GET", "/altro/PIAO-2026/").status());
    }

    @Test
    void aReportOfAnotherEnteIsAPlanThatDoesNotExist() {
        Caller ofOther = Caller.of("altrove", Caller.LETTORE, "ente-altro");
        it.albero.api.service.NotFoundException e = org.junit.jupiter.api.Assertions.assertThrows(
                it.albero.api.service.NotFoundException.class, () -> reports.build(ofOther, KEY,
                        it.albero.api.report.ReportKind.MONITORAGGIO, null, null));
        assertEquals("Piano prova/PIAO-2025 non trovato.", e.getMessage());
        assertEquals(0, evaluations.get());
    }
}
