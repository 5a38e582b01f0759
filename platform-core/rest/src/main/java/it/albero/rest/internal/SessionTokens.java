package it.albero.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import it.albero.api.service.Caller;

/**
 * Browser sessions as signed cookies: the user, the roles, a session id and the time of the last activity, signed
 * with HMAC-SHA256 by a key shared by every node (kept in the database, or a configured secret). Nothing is held in
 * memory per session, so a restart logs nobody out and any node accepts the cookie. A session expires after
 * {@code idleSeconds} without requests (the cookie is renewed as it is used); logout revokes its id until it would
 * have expired anyway, in {@link Revocations} that all nodes share (the database).
 * The CSRF token of a session is derived from its id with the same key.
 */
final class SessionTokens {

    /** A valid session. */
    record Session(Caller caller, String id, Instant lastSeen) {
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder D64 = Base64.getUrlDecoder();

    private final byte[] key;
    private final Clock clock;
    private final long idleSeconds;
    private final SecureRandom random = new SecureRandom();
    private final Revocations revoked;

    /** The sessions ended by logout, until they would have expired anyway. */
    interface Revocations {
        void revoke(String sessionId, Instant until);

        boolean revoked(String sessionId, Instant now);

        /** In this JVM only: for tests and a single node. */
        static Revocations inMemory() {
            Map<String, Instant> map = new ConcurrentHashMap<>();
            return new Revocations() {
                @Override
                public void revoke(String sessionId, Instant until) {
                    map.entrySet().removeIf(e -> e.getValue().isBefore(Instant.now()));
                    map.put(sessionId, until);
                }

                @Override
                public boolean revoked(String sessionId, Instant now) {
                    Instant until = map.get(sessionId);
                    return until != null && until.isAfter(now);
                }
            };
        }
    }

    SessionTokens(byte[] key, Clock clock, long idleSeconds) {
        this(key, clock, idleSeconds, Revocations.inMemory());
    }

    SessionTokens(byte[] key, Clock clock, long idleSeconds, Revocations revoked) {
        if (key.length < 32) {
            throw new IllegalArgumentException("session key shorter than 32 bytes");
        }
        this.key = key.clone();
        this.clock = clock;
        this.idleSeconds = idleSeconds;
        this.revoked = revoked;
    }

    long idleSeconds() {
        return idleSeconds;
    }

    /** A new session for the caller. */
    Session open(Caller caller) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        return new Session(caller, B64.encodeToString(id), clock.instant());
    }

    /** The cookie value of a session, stamped now. */
    String token(Session s) {
        String payload = String.join(".", "1", b64(s.caller().name()),
                b64(String.join(",", new TreeSet<>(s.caller().roles()))), s.id(),
                Long.toString(clock.instant().getEpochSecond()));
        return payload + "." + sign(payload);
    }

    /** The session of a cookie value, if it is genuine, not expired and not revoked. */
    Optional<Session> read(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, lastDot);
        byte[] given = token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(payload).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] p = payload.split("\\.", -1);
        if (p.length != 5 || !p[0].equals("1")) {
            return Optional.empty();
        }
        Instant lastSeen;
        try {
            lastSeen = Instant.ofEpochSecond(Long.parseLong(p[4]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(lastSeen.plusSeconds(idleSeconds)) || revoked.revoked(p[3], now)) {
            return Optional.empty();
        }
        String roles = unb64(p[2]);
        Set<String> set = roles.isEmpty() ? Set.of() : Set.of(roles.split(","));
        return Optional.of(new Session(new Caller(unb64(p[1]), set), p[3], lastSeen));
    }

    /** Ends a session: its cookie is refused from now on. */
    void revoke(Session s) {
        revoked.revoke(s.id(), clock.instant().plusSeconds(idleSeconds));
    }

    /** The CSRF token of a session. */
    String csrf(Session s) {
        return sign("csrf." + s.id());
    }

    /** Whether the token sent with a state-changing request is the session's. */
    boolean csrfMatches(Session s, String sent) {
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                csrf(s).getBytes(StandardCharsets.UTF_8));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String s) {
        return B64.encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String s) {
        return new String(D64.decode(s), StandardCharsets.UTF_8);
    }

    /** A new random key. */
    static byte[] newKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return k;
    }
}
