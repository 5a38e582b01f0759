package it.albero.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import it.albero.api.engine.TypeInfo;
import it.albero.api.model.Evaluation;
import it.albero.api.model.NodeEvaluation;
import it.albero.api.model.Status;
import it.albero.api.store.PlanKey;

/** A cached tree is used only while its stamp is the same and it is young enough. */
class EvaluationCacheTest {

    private static final PlanKey PLAN = new PlanKey("ente", "P");
    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    private final AtomicInteger computed = new AtomicInteger();

    private NodeEvaluation compute() {
        computed.incrementAndGet();
        return new NodeEvaluation(NodeEvaluation.Kind.ENTE, "P", "P", 1, Evaluation.without(Status.IN_CORSO, ""),
                List.of());
    }

    @Test
    void sameStampSameTreeAnyChangeComputesAgain() {
        MutableClock clock = new MutableClock();
        EvaluationCache cache = new EvaluationCache(8, 10, clock);
        EvaluationCache.Stamp s1 = new EvaluationCache.Stamp(7, List.of());
        NodeEvaluation first = cache.get(PLAN, DAY, s1, this::compute);
        assertSame(first, cache.get(PLAN, DAY, new EvaluationCache.Stamp(7, List.of()), this::compute));
        assertEquals(1, computed.get());
        cache.get(PLAN, DAY, new EvaluationCache.Stamp(8, List.of()), this::compute);
        assertEquals(2, computed.get(), "a new audit entry (a write) must invalidate");
        cache.get(PLAN, DAY, new EvaluationCache.Stamp(8, List.of(new TypeInfo("t", "m", "T", "b", "1"))),
                this::compute);
        assertEquals(3, computed.get(), "a type arriving must invalidate");
        cache.get(PLAN, DAY.plusDays(1), s1, this::compute);
        assertEquals(4, computed.get(), "another day is another entry");
        EvaluationCache.Stamp s = new EvaluationCache.Stamp(8, List.of(new TypeInfo("t", "m", "T", "b", "1")));
        cache.get(PLAN, DAY, s, this::compute);
        assertEquals(4, computed.get());
        clock.now = clock.now.plusSeconds(11);
        cache.get(PLAN, DAY, s, this::compute);
        assertEquals(5, computed.get(), "too old");
    }

    @Test
    void boundedInSize() {
        EvaluationCache cache = new EvaluationCache(3, 10, new MutableClock());
        for (int i = 0; i < 10; i++) {
            cache.get(PLAN, DAY.plusDays(i), new EvaluationCache.Stamp(1, List.of()), this::compute);
        }
        assertEquals(3, cache.size());
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2025-06-30T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
