package it.albero.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import it.albero.api.service.Caller;

/** Signed session cookies: genuine, idle-limited, revocable, with a CSRF token of their own. */
class SessionTokensTest {

    private final AuthenticatorTest.MutableClock clock = new AuthenticatorTest.MutableClock();
    private final SessionTokens tokens = new SessionTokens(SessionTokens.newKey(), clock, 1800);

    @Test
    void roundTripAndIdleTimeout() {
        SessionTokens.Session s = tokens.open(Caller.of("entrate", "direttore", "unita-ENT"));
        String cookie = tokens.token(s);
        SessionTokens.Session back = tokens.read(cookie).orElseThrow();
        assertEquals("entrate", back.caller().name());
        assertEquals(java.util.Set.of("ENT"), back.caller().units());
        clock.now = clock.now.plusSeconds(1700);
        String renewed = tokens.token(back);
        clock.now = clock.now.plusSeconds(200);
        assertTrue(tokens.read(cookie).isEmpty(), "idle beyond the timeout");
        assertTrue(tokens.read(renewed).isPresent(), "a renewed cookie lives on");
    }

    @Test
    void tamperedOrForeignCookiesAreRefused() {
        String cookie = tokens.token(tokens.open(Caller.of("lettore", "lettore")));
        String[] p = cookie.split("\\.");
        p[2] = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("admin".getBytes());
        assertTrue(tokens.read(String.join(".", p)).isEmpty(), "roles changed");
        SessionTokens other = new SessionTokens(SessionTokens.newKey(), clock, 1800);
        assertTrue(other.read(cookie).isEmpty(), "another key");
        assertTrue(tokens.read("garbage").isEmpty());
        assertTrue(tokens.read("").isEmpty());
    }

    @Test
    void logoutRevokesAndCsrfIsPerSession() {
        SessionTokens.Session a = tokens.open(Caller.of("a", "lettore"));
        SessionTokens.Session b = tokens.open(Caller.of("b", "lettore"));
        assertTrue(tokens.csrfMatches(a, tokens.csrf(a)));
        assertFalse(tokens.csrfMatches(a, tokens.csrf(b)));
        assertFalse(tokens.csrfMatches(a, null));
        String cookie = tokens.token(a);
        tokens.revoke(a);
        assertTrue(tokens.read(cookie).isEmpty());
        assertTrue(tokens.read(tokens.token(b)).isPresent());
    }

    @Test
    void anotherNodeWithTheSameKeyAndRevocationsHonoursCookieAndLogout() {
        byte[] key = SessionTokens.newKey();
        SessionTokens.Revocations shared = SessionTokens.Revocations.inMemory();
        SessionTokens nodeA = new SessionTokens(key, clock, 1800, shared);
        SessionTokens nodeB = new SessionTokens(key, clock, 1800, shared);
        SessionTokens.Session s = nodeA.open(Caller.of("a", "lettore"));
        String cookie = nodeA.token(s);
        SessionTokens.Session onB = nodeB.read(cookie).orElseThrow();
        assertTrue(nodeB.csrfMatches(onB, nodeA.csrf(s)), "the CSRF token of node A holds on node B");
        SessionTokens restartedA = new SessionTokens(key, clock, 1800, shared);
        assertTrue(restartedA.read(cookie).isPresent(), "a restart logs nobody out");
        nodeA.revoke(s);
        assertTrue(nodeB.read(cookie).isEmpty(), "logout on A holds on B");
        clock.now = clock.now.plusSeconds(1801);
        assertTrue(nodeB.read(nodeB.token(onB)).isPresent(), "a revocation ends when the session would have expired");
    }
}
