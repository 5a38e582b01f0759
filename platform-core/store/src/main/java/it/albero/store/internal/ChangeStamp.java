package it.albero.store.internal;

import java.time.Clock;

/**
 * A cheap stamp of "has anything changed": the id of the latest audit entry, which every change the store applies
 * writes in its own transaction. This node's commits are seen at once (the stamp is read again after any commit
 * through {@link Database}); commits of other nodes sharing the database are seen within {@code recheckMillis},
 * when the stamp is read again anyway. Between the two, reading the stamp costs no query.
 */
final class ChangeStamp {

    private record Seen(long commits, long at, long stamp) {
    }

    private final Database db;
    private final Clock clock;
    private final long recheckMillis;
    private volatile Seen seen = new Seen(-1, 0, 0);

    ChangeStamp(Database db, Clock clock, long recheckMillis) {
        this.db = db;
        this.clock = clock;
        this.recheckMillis = recheckMillis;
    }

    long current() {
        Seen s = seen;
        long commits = db.commits();
        long now = clock.millis();
        if (s.commits() == commits && now - s.at() < recheckMillis) {
            return s.stamp();
        }
        // the commit count is read before the query: a commit that lands meanwhile forces another read next time
        long stamp = db.read("lettura del registro", c -> {
            try (var ps = c.prepareStatement("SELECT MAX(id) FROM audit_entry"); var rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
        seen = new Seen(commits, now, stamp);
        return stamp;
    }
}
