package it.albero.api.store;

import java.time.Duration;
import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the Karaf nodes sharing one database share besides the data: secrets made once for all of them, the
 * sessions ended by logout, and leases that let one node at a time run a scheduled job. Everything lives in the
 * database, so that any node can answer any request and a node restart loses nothing.
 *
 * @since 1.4
 */
@ProviderType
public interface NodeCoordination {

    /**
     * The shared secret of this name: the stored one, or {@code proposed} stored now when there is none yet. When
     * several nodes propose at once, one wins and all of them get the winner's.
     *
     * @param proposed at least 16 bytes, e.g. random
     */
    byte[] secret(String name, byte[] proposed);

    /** Records that a session is ended until {@code until} (after which it would have expired anyway). */
    void revokeSession(String sessionId, Instant until);

    /** Whether a session was ended and the revocation still holds at {@code now}. */
    boolean sessionRevoked(String sessionId, Instant now);

    /**
     * Takes or renews the lease of a job for {@code holder}: granted when nobody holds it, when its lease has
     * expired, or when {@code holder} holds it already; it then lasts {@code duration} from now.
     *
     * @return true when {@code holder} holds the lease (run the job); false when another node does
     */
    boolean lease(String job, String holder, Duration duration);

    /** Gives the lease back, if {@code holder} holds it, so that another node can take it at once. */
    void release(String job, String holder);
}
