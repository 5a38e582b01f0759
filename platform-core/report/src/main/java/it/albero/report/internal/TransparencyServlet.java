package it.albero.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.albero.api.report.ReportFormat;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.StoreException;

/**
 * The public page {@code /trasparenza/}: no login, GET and HEAD only. {@code /trasparenza/} lists the published plans
 * ({@link Publication}), {@code /trasparenza/<ente>/<piano>/} shows one, {@code /trasparenza/<ente>/<piano>.csv} is its
 * open data. It holds no reference to any service that writes: every other method is 405.
 */
final class TransparencyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(TransparencyServlet.class);

    private final transient PlanStore plans;
    private final transient ReportServiceImpl reports;
    private final transient Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    TransparencyServlet(PlanStore plans, ReportServiceImpl reports) {
        this.plans = plans;
        this.reports = reports;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = req.getMethod();
        common(resp);
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            resp.setHeader("Allow", "GET, HEAD");
            html(resp, 405, TransparencyPage.message("Operazione non consentita",
                    "La pagina di trasparenza è in sola lettura: sono ammesse solo richieste GET."), method);
            return;
        }
        String path = req.getPathInfo();
        if (path == null || path.isEmpty()) {
            resp.setStatus(301);
            resp.setHeader("Location", req.getRequestURI() + "/");
            return;
        }
        try {
            route(path, resp, method);
        } catch (StoreException e) {
            LOG.warn("transparency page {}: {}", path, e.getMessage());
            html(resp, 503, TransparencyPage.message("Dati non disponibili",
                    "I dati non sono disponibili in questo momento: riprovare tra poco."), method);
        }
    }

    private void route(String path, HttpServletResponse resp, String method) throws IOException {
        if (path.equals("/")) {
            List<PlanSummary> published = plans.plans().stream().filter(p -> Publication.published(p.status()))
                    .sorted(Comparator.comparing((PlanSummary p) -> p.ente().name())
                            .thenComparing(PlanSummary::referenceYear, Comparator.reverseOrder()))
                    .toList();
            html(resp, 200, TransparencyPage.index(published), method);
            return;
        }
        String[] parts = path.substring(1).split("/", -1);
        boolean csv = parts.length == 2 && parts[1].endsWith(".csv");
        boolean page = !csv && (parts.length == 2 || parts.length == 3 && parts[2].isEmpty());
        Optional<PlanSummary> plan = Optional.empty();
        if (csv || page) {
            String code = csv ? parts[1].substring(0, parts[1].length() - 4) : parts[1];
            plan = plans.summary(new PlanKey(parts[0], code)).filter(p -> Publication.published(p.status()));
        }
        if (plan.isEmpty()) {
            html(resp, 404, TransparencyPage.message("Pagina non trovata",
                    "Il piano richiesto non esiste o non è pubblicato."), method);
            return;
        }
        PlanSummary p = plan.get();
        if (page && parts.length == 2) {
            resp.setStatus(301);
            resp.setHeader("Location", "/trasparenza/" + TransparencyPage.path(p.ente().code()) + "/"
                    + TransparencyPage.path(p.code()) + "/");
            return;
        }
        LocalDate asOf = Publication.asOf(p, LocalDate.now(reports.zone()));
        Rendered r = render(p, asOf, csv);
        resp.setStatus(200);
        resp.setContentType(r.contentType());
        if (r.fileName() != null) {
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + r.fileName() + "\"");
        }
        body(resp, r.bytes(), method);
    }

    /** A page or CSV as sent, with what it was built from. */
    private record Rendered(long stamp, LocalDate asOf, int version, byte[] bytes, String contentType,
                            String fileName) {
    }

    /**
     * The page or the CSV of a plan, built again only when the store changed (its change stamp), the plan's version
     * or the day did: anonymous visitors never cost more than one evaluation per change. At most two entries per
     * published plan.
     */
    private Rendered render(PlanSummary p, LocalDate asOf, boolean csv) throws IOException {
        String key = p.key() + (csv ? ".csv" : "/");
        long stamp = reports.stamp();
        Rendered r = rendered.get(key);
        if (r != null && r.stamp() == stamp && r.asOf().equals(asOf) && r.version() == p.version()) {
            return r;
        }
        ReportData data = reports.snapshot(Publication.CALLER, p.key(), Publication.kind(p), asOf, null, false);
        if (csv) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CsvReport.write(data, out);
            r = new Rendered(stamp, asOf, p.version(), out.toByteArray(), ReportFormat.CSV.contentType(),
                    new ReportImpl(data, reports.zone()).fileName(ReportFormat.CSV));
        } else {
            r = new Rendered(stamp, asOf, p.version(), TransparencyPage.plan(data, "../"
                    + TransparencyPage.path(p.code()) + ".csv").getBytes(StandardCharsets.UTF_8),
                    "text/html; charset=UTF-8", null);
        }
        rendered.put(key, r);
        return r;
    }

    private static void common(HttpServletResponse resp) {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("Cache-Control", "public, max-age=60");
    }

    private static void html(HttpServletResponse resp, int status, String html, String method) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=UTF-8");
        body(resp, html.getBytes(StandardCharsets.UTF_8), method);
    }

    private static void body(HttpServletResponse resp, byte[] bytes, String method) throws IOException {
        resp.setContentLength(bytes.length);
        if (!"HEAD".equals(method)) {
            resp.getOutputStream().write(bytes);
        }
    }
}
