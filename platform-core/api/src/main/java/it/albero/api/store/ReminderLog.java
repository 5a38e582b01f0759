package it.albero.api.store;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Which reminders were sent: one per plan, indicator, deadline, kind and recipient, whatever the number of nodes
 * (the database refuses a second claim). Claim before sending, release when the sending failed.
 *
 * @since 1.3
 */
@ProviderType
public interface ReminderLog {

    /**
     * @param kind {@code in_scadenza} or {@code scaduto}
     * @return true when this is the first claim (send it); false when it was already sent
     */
    boolean claim(PlanKey plan, String indicatorCode, LocalDate deadline, String kind, String recipient);

    /** Forgets a claim whose sending failed, so that the next run tries again. */
    void release(PlanKey plan, String indicatorCode, LocalDate deadline, String kind, String recipient);
}
