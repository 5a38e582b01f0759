package it.albero.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.albero.api.service.Caller;

/**
 * Checks a user name and password on the JAAS realm (Karaf's {@code etc/users.properties} by default, LDAP or JDBC
 * by configuration), and slows down guessing: after {@code login.max.failures} failures in a row a user name is
 * locked for {@code login.lock.seconds}. A successful HTTP Basic check is remembered for a short while (by a hash of
 * the credentials, never the password itself) so that a program polling the API does not hit the realm on every
 * request. Passwords are never logged.
 */
final class Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);

    /** Checks credentials; the JAAS login in production, a table in tests. */
    @FunctionalInterface
    interface Realm {
        /** @return the caller, or empty when the credentials are wrong */
        Optional<Caller> login(String user, char[] password);
    }

    private record Failures(int count, Instant lockedUntil) {
    }

    private record Remembered(Caller caller, Instant until) {
    }

    private final Realm realm;
    private final Clock clock;
    private final int maxFailures;
    private final int lockSeconds;
    private final int cacheSeconds;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    Authenticator(Realm realm, Clock clock, int maxFailures, int lockSeconds, int cacheSeconds) {
        this.realm = realm;
        this.clock = clock;
        this.maxFailures = Math.max(1, maxFailures);
        this.lockSeconds = Math.max(1, lockSeconds);
        this.cacheSeconds = Math.max(0, cacheSeconds);
    }

    /** The JAAS realm of that name, as Karaf's console logs in. */
    static Realm jaas(String realmName) {
        return (user, password) -> {
            try {
                LoginContext lc = new LoginContext(realmName, new Subject(), callbacks -> {
                    for (var cb : callbacks) {
                        if (cb instanceof NameCallback n) {
                            n.setName(user);
                        } else if (cb instanceof PasswordCallback p) {
                            p.setPassword(password);
                        } else {
                            throw new UnsupportedCallbackException(cb);
                        }
                    }
                });
                lc.login();
                Subject subject = lc.getSubject();
                Set<String> roles = new HashSet<>();
                subject.getPrincipals(RolePrincipal.class).forEach(r -> roles.add(r.getName()));
                String name = subject.getPrincipals(UserPrincipal.class).stream().findFirst()
                        .map(UserPrincipal::getName).orElse(user);
                lc.logout();
                return Optional.of(new Caller(name, roles));
            } catch (LoginException e) {
                return Optional.empty();
            }
        };
    }

    /**
     * Logs a user in.
     *
     * @throws ApiException 401 when the credentials are wrong, 429 when the user name is locked
     */
    Caller login(String user, String password) {
        if (user == null || user.isBlank() || password == null) {
            throw unauthorized("Indicare nome utente e password.");
        }
        String name = user.strip();
        Instant now = clock.instant();
        Failures f = failures.get(name);
        if (f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
            long wait = Math.max(1, f.lockedUntil().getEpochSecond() - now.getEpochSecond());
            throw new ApiException(429, "Troppi tentativi di accesso falliti per questo utente: riprovare tra "
                    + wait + " secondi.", java.util.List.of(), Map.of("Retry-After", Long.toString(wait)));
        }
        String key = cacheKey(name, password);
        Remembered r = remembered.get(key);
        if (r != null && now.isBefore(r.until())) {
            return r.caller();
        }
        Optional<Caller> caller = realm.login(name, password.toCharArray());
        if (caller.isEmpty()) {
            failures.compute(name, (k, old) -> {
                int count = (old == null ? 0 : old.count()) + 1;
                if (count >= maxFailures) {
                    LOG.warn("Login of user '{}' locked for {} s after {} failures", name, lockSeconds, count);
                    return new Failures(0, now.plusSeconds(lockSeconds));
                }
                return new Failures(count, null);
            });
            throw unauthorized("Nome utente o password errati.");
        }
        failures.remove(name);
        if (cacheSeconds > 0) {
            if (remembered.size() > 1000) {
                remembered.entrySet().removeIf(e -> !now.isBefore(e.getValue().until()));
            }
            remembered.put(key, new Remembered(caller.get(), now.plusSeconds(cacheSeconds)));
        }
        return caller.get();
    }

    /** The caller of an {@code Authorization: Basic} header. */
    Caller basic(String header) {
        String encoded = header.substring("Basic ".length()).strip();
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized("Intestazione Authorization non valida.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw unauthorized("Intestazione Authorization non valida.");
        }
        return login(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    static ApiException unauthorized(String detail) {
        return new ApiException(401, detail, java.util.List.of(),
                Map.of("WWW-Authenticate", "Basic realm=\"Albero\", charset=\"UTF-8\""));
    }

    private static String cacheKey(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
