package it.albero.api.service;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.store.PlanKey;

/**
 * Deadlines without measurements: the indicators of a plan whose deadline (their Tempi) falls within the configured
 * number of days from a date, or has passed, and that have no measurement dated in the deadline's year.
 *
 * @since 1.1
 */
@ProviderType
public interface ReminderService {

    /** The reminders as of a date: overdue first, then by deadline and code. */
    List<Reminder> due(Caller caller, PlanKey plan, LocalDate asOf);

    /** How many days ahead a deadline counts as near (configuration). */
    int daysAhead();
}
