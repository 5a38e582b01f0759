package it.albero.rest.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import it.albero.api.engine.Engine;
import it.albero.api.feed.FeedService;
import it.albero.api.io.PlanExporter;
import it.albero.api.report.ReportService;
import it.albero.api.service.AccessDeniedException;
import it.albero.api.service.BenchmarkService;
import it.albero.api.service.AccessPolicy;
import it.albero.api.service.Caller;
import it.albero.api.service.EvaluationService;
import it.albero.api.service.InvalidValuesException;
import it.albero.api.service.MeasurementService;
import it.albero.api.service.NotFoundException;
import it.albero.api.service.Permission;
import it.albero.api.service.PlanService;
import it.albero.api.service.ReminderService;
import it.albero.api.store.AuditTrail;
import it.albero.api.store.ConflictException;
import it.albero.api.store.NodeCoordination;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanStore;
import it.albero.api.store.StoreException;
import it.albero.api.store.ValidationException;

/**
 * The JSON API under {@code /api/v1} on Karaf's HTTP port (HTTP Whiteboard). Every request is dispatched to one
 * {@link Route}; before it runs, the caller is authenticated (HTTP Basic, or the session cookie plus the CSRF token
 * for requests that change data) and must hold a role of Albero. What each caller may change is decided below, by
 * the core services and their {@link AccessPolicy}. Every failure is an RFC 9457 problem document in Italian, and a
 * failed request changes nothing.
 */
@Component(service = Servlet.class, configurationPid = "it.albero.rest",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = RestConfig.class)
@HttpWhiteboardServletName("albero-api")
@HttpWhiteboardServletPattern("/api/v1/*")
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = 64L * 1024 * 1024)
public class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    static final String SESSION_ATTRIBUTE = "it.albero.rest.session";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final transient ObjectMapper json;
    private final transient List<Route> routes;
    private final transient Authenticator auth;
    private final transient SessionTokens tokens;
    private final transient AccessPolicy access;
    private final transient byte[] openApi;
    private final long maxBody;

    @Activate
    public ApiServlet(@Reference PlanStore plans, @Reference OverrideStore overrides, @Reference AuditTrail audit,
                      @Reference Engine engine, @Reference PlanExporter exporter, @Reference AccessPolicy access,
                      @Reference MeasurementService measurements, @Reference PlanService planService,
                      @Reference EvaluationService evaluation, @Reference ReportService reports,
                      @Reference FeedService feeds, @Reference ReminderService reminders,
                      @Reference BenchmarkService benchmarks, @Reference NodeCoordination nodes,
                      RestConfig config, BundleContext context) {
        this(new Services(plans, overrides, audit, engine, exporter, access, measurements, planService, evaluation,
                reports, feeds, reminders, benchmarks),
                config, Authenticator.jaas(config.realm()), sessionKey(config, nodes), Clock.systemUTC(),
                context.getBundle().getVersion().toString(), sharedRevocations(nodes));
    }

    ApiServlet(Services services, RestConfig config, Authenticator.Realm realm, byte[] key, Clock clock,
               String version) {
        this(services, config, realm, key, clock, version, SessionTokens.Revocations.inMemory());
    }

    ApiServlet(Services services, RestConfig config, Authenticator.Realm realm, byte[] key, Clock clock,
               String version, SessionTokens.Revocations revocations) {
        this.json = mapper();
        this.access = services.access();
        this.maxBody = Math.max(1, config.max_body_mb()) * 1024L * 1024L;
        this.auth = new Authenticator(realm, clock, config.login_max_failures(), config.login_lock_seconds(),
                config.basic_cache_seconds());
        this.tokens = new SessionTokens(key, clock, Math.max(1, config.session_idle_minutes()) * 60L, revocations);
        List<Route> all = new ArrayList<>();
        all.addAll(new SessionRoutes(auth, tokens).routes());
        all.addAll(new PlanRoutes(services, json).routes());
        all.addAll(new MeasurementRoutes(services).routes());
        all.addAll(new EvaluationRoutes(services, json).routes());
        all.addAll(new BenchmarkRoutes(services).routes());
        all.addAll(new ImportExportRoutes(services).routes());
        all.addAll(new ReportRoutes(services).routes());
        all.addAll(new FeedRoutes(services).routes());
        all.addAll(new ModuleRoutes(services).routes());
        List<Route> withDocument = new ArrayList<>(all);
        withDocument.add(Route.get("/openapi.json").tag("Documentazione").open()
                .summary("Questo documento OpenAPI 3, generato dalle dichiarazioni delle rotte")
                .handle(this::openApi));
        this.routes = List.copyOf(withDocument);
        this.openApi = new OpenApi(json).document(routes, version);
    }

    private Reply openApi(Call call) {
        return Reply.bytes(openApi, "application/json; charset=UTF-8");
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** The name of the session key in the database's shared secrets. */
    static final String SESSION_SECRET = "rest.session";

    /**
     * The key that signs session cookies, the same on every node: the configured {@code session.secret} (at least
     * 32 characters), or else the one made once in the database by the first node that needed it.
     */
    static byte[] sessionKey(RestConfig config, NodeCoordination nodes) {
        String configured = config.session_secret() == null ? "" : config.session_secret().strip();
        if (!configured.isEmpty()) {
            if (configured.length() < 32) {
                throw new IllegalArgumentException("it.albero.rest: session.secret deve avere almeno 32 caratteri"
                        + " (ne ha " + configured.length() + "); lasciarlo vuoto per la chiave condivisa nel database");
            }
            try {
                return java.security.MessageDigest.getInstance("SHA-256")
                        .digest(configured.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return nodes.secret(SESSION_SECRET, SessionTokens.newKey());
    }

    /** Logouts in the database: a logout through one node holds on every node, and across restarts. */
    static SessionTokens.Revocations sharedRevocations(NodeCoordination nodes) {
        return new SessionTokens.Revocations() {
            @Override
            public void revoke(String sessionId, Instant until) {
                nodes.revokeSession(sessionId, until);
            }

            @Override
            public boolean revoked(String sessionId, Instant now) {
                return nodes.sessionRevoked(sessionId, now);
            }
        };
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        try {
            dispatch(req, resp, path);
        } catch (ApiException e) {
            problem(req, resp, e.status(), e.getMessage(), e.errors(), e.headers());
        } catch (AccessDeniedException e) {
            problem(req, resp, 403, e.getMessage(), List.of(), Map.of());
        } catch (NotFoundException e) {
            problem(req, resp, 404, e.getMessage(), List.of(), Map.of());
        } catch (InvalidValuesException e) {
            List<ApiException.FieldError> errors = new ArrayList<>();
            e.fields().forEach((f, d) -> errors.add(new ApiException.FieldError(f.isEmpty() ? "values" : "values." + f,
                    d)));
            problem(req, resp, 422, "Valori non validi: " + e.getMessage(), errors, Map.of());
        } catch (ConflictException e) {
            problem(req, resp, 409, e.getMessage(), List.of(), Map.of());
        } catch (ValidationException e) {
            problem(req, resp, 422, e.getMessage(), List.of(), Map.of());
        } catch (StoreException e) {
            LOG.error("Store failure on {} {}", req.getMethod(), path, e);
            problem(req, resp, 500, e.getMessage(), List.of(), Map.of());
        } catch (Exception e) {
            LOG.error("Unexpected failure on {} {}", req.getMethod(), path, e);
            problem(req, resp, 500, "Errore interno: la richiesta non è stata eseguita; il registro del server ha"
                    + " i dettagli.", List.of(), Map.of());
        }
    }

    private void dispatch(HttpServletRequest req, HttpServletResponse resp, String path) throws Exception {
        Route route = null;
        Map<String, String> vars = null;
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            Map<String, String> m = r.match(path);
            if (m == null) {
                continue;
            }
            allowed.add(r.method);
            if (r.method.equals(req.getMethod()) || r.method.equals("GET") && req.getMethod().equals("HEAD")) {
                route = r;
                vars = m;
                break;
            }
        }
        if (route == null) {
            if (allowed.isEmpty()) {
                throw ApiException.notFound("Percorso sconosciuto: " + path + " (GET /api/v1/openapi.json elenca"
                        + " le operazioni).");
            }
            throw new ApiException(405, "Metodo " + req.getMethod() + " non ammesso su " + path + ".",
                    List.of(), Map.of("Allow", String.join(", ", allowed)));
        }
        Caller caller = route.open ? null : caller(req, resp);
        Object result = route.handler.handle(new Call(req, resp, caller, vars, json, maxBody));
        Reply reply = result instanceof Reply r ? r : Reply.json(route.status, result);
        write(req, resp, reply);
    }

    /** The authenticated caller with a role of Albero; 401, 403 or 429 otherwise. */
    private Caller caller(HttpServletRequest req, HttpServletResponse resp) {
        String authorization = req.getHeader("Authorization");
        Caller caller;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            caller = auth.basic(authorization);
        } else {
            SessionTokens.Session session = cookie(req, SessionRoutes.COOKIE).flatMap(tokens::read)
                    .orElseThrow(() -> Authenticator.unauthorized("Accesso richiesto: entrare con POST"
                            + " /api/v1/session o con HTTP Basic."));
            if (!SAFE.contains(req.getMethod()) && !tokens.csrfMatches(session, req.getHeader("X-CSRF-Token"))) {
                throw new ApiException(403, "Token CSRF mancante o non valido: inviare X-CSRF-Token come"
                        + " restituito da /api/v1/session.");
            }
            req.setAttribute(SESSION_ATTRIBUTE, session);
            if (session.lastSeen().plusSeconds(60).isBefore(Instant.now())) {
                resp.addHeader("Set-Cookie", SessionRoutes.cookie(req, tokens.token(session), -1));
            }
            caller = session.caller();
        }
        if (!access.allows(caller, Permission.READ, null)) {
            throw new ApiException(403, "L'utente '" + caller.name() + "' non ha un ruolo di Albero (admin,"
                    + " performance, oiv, direttore, lettore).");
        }
        return caller;
    }

    static Optional<String> cookie(HttpServletRequest req, String name) {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(name) && !c.getValue().isEmpty()) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    private void write(HttpServletRequest req, HttpServletResponse resp, Reply reply) throws IOException {
        resp.setStatus(reply.status());
        reply.headers().forEach(resp::setHeader);
        if (reply.bytes() != null) {
            resp.setContentType(reply.contentType());
            resp.setContentLength(reply.bytes().length);
            if (!req.getMethod().equals("HEAD")) {
                resp.getOutputStream().write(reply.bytes());
            }
            return;
        }
        if (reply.json() == null || reply.status() == 204) {
            return;
        }
        byte[] body = json.writeValueAsBytes(reply.json());
        resp.setContentType(reply.contentType() != null ? reply.contentType() : "application/json; charset=UTF-8");
        resp.setContentLength(body.length);
        if (!req.getMethod().equals("HEAD")) {
            try (OutputStream out = resp.getOutputStream()) {
                out.write(body);
            }
        }
    }

    private void problem(HttpServletRequest req, HttpServletResponse resp, int status, String detail,
                         List<ApiException.FieldError> errors, Map<String, String> headers) throws IOException {
        if (resp.isCommitted()) {
            LOG.warn("Response already committed when failing with {}: {}", status, detail);
            return;
        }
        resp.reset();
        resp.setHeader("Cache-Control", "no-store");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", ApiException.title(status));
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", req.getRequestURI());
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        boolean script = "XMLHttpRequest".equalsIgnoreCase(req.getHeader("X-Requested-With"));
        headers.forEach((name, value) -> {
            // a page's script (the web UI) gets no Basic challenge: the browser would open its own login dialog
            if (!(script && "WWW-Authenticate".equalsIgnoreCase(name))) {
                resp.setHeader(name, value);
            }
        });
        resp.setStatus(status);
        resp.setContentType("application/problem+json; charset=UTF-8");
        byte[] bytes = json.writeValueAsBytes(body);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
