package it.albero.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import it.albero.api.service.Caller;

/** Login and logout for browsers (a signed session cookie and a CSRF token), and "who am I". */
final class SessionRoutes {

    static final String COOKIE = "albero_session";

    private final Authenticator auth;
    private final SessionTokens tokens;

    SessionRoutes(Authenticator auth, SessionTokens tokens) {
        this.auth = auth;
        this.tokens = tokens;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/session").tag("Accesso").open()
                        .summary("Accesso da browser: verifica utente e password sul realm JAAS, imposta il cookie"
                                + " di sessione (HttpOnly, SameSite=Strict) e restituisce il token CSRF da inviare"
                                + " come X-CSRF-Token nelle richieste che modificano dati")
                        .roles("chiunque").request(Dto.Login.class).returns(Dto.SessionInfo.class)
                        .handle(this::login),
                Route.get("/session").tag("Accesso").summary("L'utente collegato, i suoi ruoli, le sue unità e gli enti a cui è limitato (vuoto: tutti)")
                        .returns(Dto.SessionInfo.class)
                        .handle(c -> info(c.caller, c.request.getAttribute(ApiServlet.SESSION_ATTRIBUTE))),
                Route.delete("/session").tag("Accesso").summary("Esce: il cookie di sessione non vale più")
                        .roles("chiunque").open()
                        .handle(this::logout));
    }

    private Object login(Call c) {
        Dto.Login body = c.body(Dto.Login.class);
        Caller caller = auth.login(body.username(), body.password());
        SessionTokens.Session session = tokens.open(caller);
        c.response.addHeader("Set-Cookie", cookie(c, tokens.token(session), -1));
        return info(caller, session);
    }

    private Object logout(Call c) {
        Object session = c.request.getAttribute(ApiServlet.SESSION_ATTRIBUTE);
        if (session == null) {
            session = ApiServlet.cookie(c.request, COOKIE).flatMap(tokens::read).orElse(null);
        }
        if (session instanceof SessionTokens.Session s) {
            tokens.revoke(s);
        }
        c.response.addHeader("Set-Cookie", cookie(c, "", 0));
        return Reply.noContent();
    }

    private Dto.SessionInfo info(Caller caller, Object session) {
        List<String> roles = new ArrayList<>(new TreeSet<>(caller.roles()));
        String csrf = session instanceof SessionTokens.Session s ? tokens.csrf(s) : null;
        return new Dto.SessionInfo(caller.name(), roles, List.copyOf(caller.units()), List.copyOf(caller.enti()), csrf,
                tokens.idleSeconds());
    }

    /** The Set-Cookie value: HttpOnly, SameSite=Strict, Secure over TLS; {@code maxAge} 0 deletes it. */
    static String cookie(Call c, String value, int maxAge) {
        return cookie(c.request, value, maxAge);
    }

    static String cookie(javax.servlet.http.HttpServletRequest request, String value, int maxAge) {
        return COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (request.isSecure() ? "; Secure" : "")
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }
}
