package it.albero.api.service;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.store.PlanKey;

/**
 * Sends the reminders of a plan as of a date: one e-mail per recipient (the directors of each unit, the performance
 * office) listing their deadlines, each reminder at most once per deadline. Without a mail server configured it only
 * logs them. The daily job calls it; {@code albero:reminders --send} too.
 *
 * @since 1.1
 */
@ProviderType
public interface ReminderDispatcher {

    /** What a run did. */
    record Outcome(int reminders, int mails, int alreadySent, List<String> recipients, boolean mailConfigured) {
    }

    Outcome send(Caller caller, PlanKey plan, LocalDate asOf);
}
