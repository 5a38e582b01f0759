package it.albero.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import it.albero.api.service.Caller;

/** Logins against a realm: wrong passwords lock the user name for a while; good ones are remembered briefly. */
class AuthenticatorTest {

    private final AtomicInteger realmCalls = new AtomicInteger();
    private final MutableClock clock = new MutableClock();

    private final Authenticator.Realm realm = (user, password) -> {
        realmCalls.incrementAndGet();
        return Arrays.equals(password, user.toCharArray()) ? Optional.of(Caller.of(user, "lettore"))
                : Optional.empty();
    };

    @Test
    void lockAfterFailuresThenUnlock() {
        Authenticator auth = new Authenticator(realm, clock, 3, 60, 0);
        for (int i = 0; i < 3; i++) {
            assertEquals(401, assertThrows(ApiException.class, () -> auth.login("anna", "no")).status());
        }
        ApiException locked = assertThrows(ApiException.class, () -> auth.login("anna", "anna"));
        assertEquals(429, locked.status());
        assertEquals("60", locked.headers().get("Retry-After"));
        assertEquals("bruno", auth.login("bruno", "bruno").name(), "another user is not locked");
        clock.now = clock.now.plusSeconds(61);
        assertEquals("anna", auth.login("anna", "anna").name());
    }

    @Test
    void successResetsTheCount() {
        Authenticator auth = new Authenticator(realm, clock, 3, 60, 0);
        assertThrows(ApiException.class, () -> auth.login("anna", "no"));
        assertThrows(ApiException.class, () -> auth.login("anna", "no"));
        auth.login("anna", "anna");
        assertThrows(ApiException.class, () -> auth.login("anna", "no"));
        assertThrows(ApiException.class, () -> auth.login("anna", "no"));
        assertEquals("anna", auth.login("anna", "anna").name());
    }

    @Test
    void basicLoginsAreRememberedBriefly() {
        Authenticator auth = new Authenticator(realm, clock, 3, 60, 30);
        String header = "Basic " + java.util.Base64.getEncoder().encodeToString("anna:anna".getBytes());
        auth.basic(header);
        auth.basic(header);
        assertEquals(1, realmCalls.get());
        clock.now = clock.now.plusSeconds(31);
        auth.basic(header);
        assertEquals(2, realmCalls.get());
        assertEquals(401, assertThrows(ApiException.class, () -> auth.basic("Basic !!!")).status());
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("anna:x".getBytes());
        assertEquals(401, assertThrows(ApiException.class, () -> auth.basic(wrong)).status());
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2025-06-30T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
