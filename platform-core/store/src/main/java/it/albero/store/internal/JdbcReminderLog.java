package it.albero.store.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import it.albero.api.store.PlanKey;
import it.albero.api.store.ReminderLog;
import it.albero.api.store.ValidationException;

/** The reminders sent, on table {@code reminder_sent}: the unique constraint makes a claim happen once. */
final class JdbcReminderLog implements ReminderLog {

    private final Database db;

    JdbcReminderLog(Database db) {
        this.db = db;
    }

    @Override
    public boolean claim(PlanKey plan, String indicatorCode, LocalDate deadline, String kind, String recipient) {
        return db.inTransaction("promemoria " + indicatorCode + " a " + recipient, c -> {
            long planId = JdbcPlanStore.find(c, plan).orElseThrow(() -> new ValidationException(
                    "promemoria: piano sconosciuto " + plan)).id();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO reminder_sent (plan_id, indicator_code,"
                    + " deadline, kind, recipient, sent_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, planId);
                ps.setString(2, indicatorCode);
                ps.setDate(3, Date.valueOf(deadline));
                ps.setString(4, kind);
                ps.setString(5, Limits.cut(recipient, 320));
                ps.setTimestamp(6, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public void release(PlanKey plan, String indicatorCode, LocalDate deadline, String kind, String recipient) {
        db.inTransaction("promemoria non inviato " + indicatorCode + " a " + recipient, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM reminder_sent WHERE indicator_code = ?"
                    + " AND deadline = ? AND kind = ? AND recipient = ? AND plan_id = (SELECT p.id FROM plan p"
                    + " JOIN ente e ON e.id = p.ente_id WHERE e.code = ? AND p.code = ?)")) {
                ps.setString(1, indicatorCode);
                ps.setDate(2, Date.valueOf(deadline));
                ps.setString(3, kind);
                ps.setString(4, Limits.cut(recipient, 320));
                ps.setString(5, plan.enteCode());
                ps.setString(6, plan.planCode());
                return ps.executeUpdate();
            }
        });
    }
}
