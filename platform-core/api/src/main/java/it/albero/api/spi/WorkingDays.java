package it.albero.api.spi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Working days ("giorni lavorativi") as an Italian public administration counts them: Monday to Friday, except the
 * national holidays (1 and 6 January, Easter Monday, 25 April, 1 May, 2 June, 15 August, 1 November, 8 December,
 * 25 and 26 December). The patron saint's day of a comune is a local holiday and is not counted here.
 *
 * @since 1.2
 */
public final class WorkingDays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 6), MonthDay.of(4, 25),
            MonthDay.of(5, 1), MonthDay.of(6, 2), MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(12, 8),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    private WorkingDays() {
    }

    /** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Whether the day is an Italian national holiday (Easter Monday included). */
    public static boolean isHoliday(LocalDate d) {
        return FIXED.contains(MonthDay.from(d)) || d.equals(easter(d.getYear()).plusDays(1));
    }

    /** Whether the day is a working day: not Saturday, not Sunday, not a national holiday. */
    public static boolean isWorkingDay(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !isHoliday(d);
    }

    /**
     * The day {@code days} working days after {@code start}, the day itself not counted (as a deadline "entro 10
     * giorni lavorativi dall'evento" counts from the day after the event); {@code start} itself for 0.
     */
    public static LocalDate plus(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("giorni lavorativi negativi: " + days);
        }
        LocalDate d = start;
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The working days after {@code from} up to {@code to} included; 0 when {@code to} is not after it. */
    public static int between(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
