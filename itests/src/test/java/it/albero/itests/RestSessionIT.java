package it.albero.itests;

import static it.albero.itests.RestClient.assertProblem;
import static it.albero.itests.RestClient.obj;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;

/**
 * The browser's way in: a session login through the JAAS realm, the cookie's flags, the CSRF token on every
 * change, logout; repeated failed logins lock the user name for a while; passwords never reach the log.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestSessionIT extends AlberoTestSupport {

    private static final PlanKey PLAN = new PlanKey("cesano-boscone", "PIAO-2025");
    private static final String M = "/plans/cesano-boscone/PIAO-2025/indicators/ENT-04.1/measurements";

    @Test
    public void sessionLoginCsrfLogoutAndLockout() throws Exception {
        RestClient rest = new RestClient(bundleContext);
        var login = rest.post("/session", null, obj("username", "entrate", "password", "entrate"))
                .expect(200, "login");
        String setCookie = login.header("Set-Cookie");
        assertNotNull("no session cookie", setCookie);
        assertTrue(setCookie, setCookie.contains("HttpOnly"));
        assertTrue(setCookie, setCookie.contains("SameSite=Strict"));
        assertFalse("Secure on plain HTTP would lose the cookie", setCookie.contains("Secure"));
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        JsonNode info = login.json();
        assertEquals("entrate", info.path("user").asText());
        assertEquals("[\"ENT\"]", info.path("units").toString());
        String csrf = info.path("csrfToken").asText();
        assertFalse(csrf.isEmpty());

        Map<String, String> withCookie = Map.of("Cookie", cookie);
        rest.call("GET", "/session", null, null, withCookie).expect(200, "who am I with the cookie");
        int before = service(MeasurementStore.class).count(PLAN);
        Map<String, Object> m = obj("date", "2025-06-30", "values", obj("numeratore", 1, "denominatore", 2));
        assertProblem(rest.call("POST", M, null, m, withCookie), 403, "a change without the CSRF token");
        assertProblem(rest.call("POST", M, null, m, Map.of("Cookie", cookie, "X-CSRF-Token", "falso")), 403,
                "a wrong CSRF token");
        assertEquals(before, service(MeasurementStore.class).count(PLAN));
        rest.call("POST", M, null, m, Map.of("Cookie", cookie, "X-CSRF-Token", csrf)).expect(201, "with the token");
        assertEquals(before + 1, service(MeasurementStore.class).count(PLAN));
        // a forged cookie is not a session
        String[] parts = cookie.split("\\.");
        parts[1] = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("karaf".getBytes());
        String forged = String.join(".", parts);
        assertFalse(forged.equals(cookie));
        assertProblem(rest.call("GET", "/session", null, null, Map.of("Cookie", forged)), 401, "forged cookie");

        rest.call("DELETE", "/session", null, null, withCookie).expect(204, "logout");
        assertProblem(rest.call("GET", "/session", null, null, withCookie), 401, "the cookie after logout");

        // wrong passwords: 401 each time, then the user name is locked (even with the right password)
        String secret = "Sbagliata-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertProblem(rest.post("/session", null, obj("username", "lettore", "password", secret)), 401,
                    "wrong password " + i);
        }
        var locked = rest.post("/session", null, obj("username", "lettore", "password", "lettore"));
        assertProblem(locked, 429, "locked user");
        assertNotNull("no Retry-After", locked.header("Retry-After"));
        assertProblem(rest.get("/plans", "lettore"), 429, "locked user over Basic too");
        // other users are not affected
        rest.get("/plans", "oiv").expect(200, "another user");

        // no password in the log
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        if (Files.exists(log)) {
            assertFalse("a password reached the log", Files.readString(log).contains(secret));
        }
    }
}
