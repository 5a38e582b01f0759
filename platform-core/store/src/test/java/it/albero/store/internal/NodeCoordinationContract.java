package it.albero.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import it.albero.api.store.ValidationException;

/**
 * Shared secrets, ended sessions and job leases, run on every database (mixed into the Derby and PostgreSQL
 * suites). Several "nodes" are several coordination objects over one database, as several Karaf nodes would be.
 */
interface NodeCoordinationContract {

    Stores stores();

    private JdbcNodeCoordination node() {
        return new JdbcNodeCoordination(new Database(stores().db().dataSource()));
    }

    private static byte[] bytes(int seed) {
        byte[] b = new byte[32];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (seed * 31 + i);
        }
        return b;
    }

    private static <T> List<T> atOnce(int n, java.util.function.IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<T> t = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return t.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void secretIsMadeOnceEvenWhenNodesProposeAtOnce() throws Exception {
        List<byte[]> got = atOnce(6, i -> () -> node().secret("session", bytes(i)));
        byte[] winner = got.get(0);
        got.forEach(g -> assertArrayEquals(winner, g, "every node gets the same secret"));
        boolean proposedByOne = false;
        for (int i = 0; i < 6; i++) {
            proposedByOne |= java.util.Arrays.equals(winner, bytes(i));
        }
        assertTrue(proposedByOne, "the secret is one of the proposals");
        assertArrayEquals(winner, node().secret("session", bytes(99)), "a later proposal changes nothing");
        assertFalse(java.util.Arrays.equals(winner, node().secret("altro", bytes(99))), "secrets are by name");
        assertThrows(ValidationException.class, () -> node().secret("corto", new byte[8]));
    }

    @Test
    default void revokedSessionIsSeenByEveryNodeUntilItExpires() {
        Instant now = Instant.now();
        JdbcNodeCoordination a = node();
        JdbcNodeCoordination b = node();
        assertFalse(b.sessionRevoked("s1", now));
        a.revokeSession("s1", now.plusSeconds(600));
        assertTrue(b.sessionRevoked("s1", now), "a logout on one node holds on the other");
        assertFalse(b.sessionRevoked("s2", now));
        assertFalse(b.sessionRevoked("s1", now.plusSeconds(601)), "after it would have expired anyway");
        b.revokeSession("s1", now.plusSeconds(900)); // the same logout again: no error
        assertTrue(a.sessionRevoked("s1", now.plusSeconds(700)));
    }

    @Test
    default void leaseIsHeldByOneNodeAtATime() throws Exception {
        JdbcNodeCoordination a = node();
        JdbcNodeCoordination b = node();
        assertTrue(a.lease("cartelle", "nodo-a", Duration.ofMinutes(5)));
        assertFalse(b.lease("cartelle", "nodo-b", Duration.ofMinutes(5)), "held by a");
        assertTrue(a.lease("cartelle", "nodo-a", Duration.ofMinutes(5)), "a renews its own");
        assertTrue(b.lease("promemoria", "nodo-b", Duration.ofMinutes(5)), "leases are by job");
        b.release("cartelle", "nodo-b"); // not its lease: nothing happens
        assertFalse(b.lease("cartelle", "nodo-b", Duration.ofMinutes(5)));
        a.release("cartelle", "nodo-a");
        assertTrue(b.lease("cartelle", "nodo-b", Duration.ofMillis(300)), "released: b takes it at once");
        assertFalse(a.lease("cartelle", "nodo-a", Duration.ofMinutes(5)));
        Thread.sleep(700);
        assertTrue(a.lease("cartelle", "nodo-a", Duration.ofMinutes(5)), "b's lease expired: a takes it over");
        assertFalse(b.lease("cartelle", "nodo-b", Duration.ofMinutes(5)));
        assertThrows(ValidationException.class, () -> a.lease("cartelle", "nodo-a", Duration.ZERO));
    }

    @Test
    default void concurrentLeaseRequestsGrantOne() throws Exception {
        for (String job : List.of("nuovo", "scaduto")) {
            if (job.equals("scaduto")) {
                node().lease(job, "vecchio", Duration.ofMillis(1));
                Thread.sleep(50);
            }
            List<Boolean> got = atOnce(6, i -> () -> node().lease(job, "nodo-" + i, Duration.ofMinutes(5)));
            assertEquals(1, got.stream().filter(g -> g).count(), job + ": exactly one node gets the lease " + got);
        }
    }
}
