package it.albero.api.service;

import java.time.LocalDate;

/**
 * An indicator whose deadline is near, or past, with no measurement for it yet: what the cruscotto lists and what
 * the daily reminder mails to the unit's director and the performance office.
 *
 * @param overdue  the deadline has passed
 * @param days     days from the as-of date to the deadline (negative when overdue)
 * @since 1.1
 */
public record Reminder(String indicatorCode, String unitCode, String instrument, LocalDate deadline, boolean overdue,
                       long days) {
}
