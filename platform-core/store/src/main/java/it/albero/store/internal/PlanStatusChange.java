package it.albero.store.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import it.albero.api.model.PlanStatus;
import it.albero.api.store.AuditEntry;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.ValidationException;

/** Status changes of a plan (the lifecycle), audited, under the optimistic lock on its version. */
final class PlanStatusChange {

    private final Database db;
    private final JdbcAuditTrail audit;

    PlanStatusChange(Database db, JdbcAuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Changes the status with the optimistic lock on the plan's version; a stale change is refused and audited. */
    PlanSummary updateStatus(PlanKey key, PlanStatus status, int expectedVersion, String author) {
        List<String> problems = new ArrayList<>();
        PlanValidation.requireAuthor(author, problems);
        if (status == null) {
            problems.add("piano " + key + ": stato mancante");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try {
            return db.inTransaction("cambio di stato del piano " + key, c -> {
                JdbcPlanStore.PlanRow row = JdbcPlanStore.find(c, key)
                        .orElseThrow(() -> new ValidationException("piano sconosciuto: " + key));
                String before = Json.write(Map.of("stato", row.summary().status().label(),
                        "versione", row.summary().version()));
                String attempted = Json.write(Map.of("stato", status.label(), "versione", expectedVersion));
                JdbcPlanStore.PlanRow based = new JdbcPlanStore.PlanRow(row.id(), withVersion(row.summary(), expectedVersion), row.savedBy());
                if (!PlanTreeWriter.bumpVersion(c, based, null, status, author, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                        false)) {
                    throw JdbcPlanStore.refused(author, "piano.stato", key, expectedVersion, JdbcPlanStore.find(c, key).orElse(row), before,
                            attempted);
                }
                PlanSummary saved = JdbcPlanStore.find(c, key).orElseThrow().summary();
                JdbcAuditTrail.append(c, AuditEntry.of(author, "piano.stato", "piano", key, key.planCode(), before,
                        Json.write(Map.of("stato", saved.status().label(), "versione", saved.version())),
                        AuditEntry.Outcome.ACCEPTED, "stato " + row.summary().status().label() + " -> "
                                + saved.status().label()));
                return saved;
            });
        } catch (Refused r) {
            audit.append(r.audit);
            throw r.conflict;
        }
    }

    private static PlanSummary withVersion(PlanSummary s, int version) {
        return new PlanSummary(s.ente(), s.code(), s.title(), s.startYear(), s.endYear(), s.referenceYear(),
                s.status(), version, s.indicators(), s.savedAt());
    }
}
