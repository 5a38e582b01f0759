package it.albero.api.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import it.albero.api.spi.WorkingDays;

/**
 * The "Tempi" of an indicator in every form plans use: a period of the year ("1 trim", "2 sem", "annuale"),
 * a fixed date ("entro il 31/12/2025", "entro aprile"), a deadline relative to a triggering act ("entro 30
 * giorni dall'istruttoria tecnica definitiva"), a recurrence ("settimanale", "ogni sei mesi", "4 volte
 * l'anno"), or a text not yet typed. Every form keeps the text as the plan wrote it.
 */
public sealed interface Timing permits Timing.Period, Timing.ByDate, Timing.Relative, Timing.Recurring,
        Timing.Unspecified {

    /** The text as in the plan. */
    String text();

    /** The date by which the indicator is due, when the form has one. */
    Optional<LocalDate> deadline();

    /** The kinds of period of a year. */
    enum PeriodKind {
        TRIMESTRE(4), SEMESTRE(2), ANNO(1), MESE(12);

        private final int perYear;

        PeriodKind(int perYear) {
            this.perYear = perYear;
        }

        public int perYear() {
            return perYear;
        }
    }

    /** A period of a year: quarter, semester, month or the whole year. */
    record Period(String text, PeriodKind kind, int index, int year) implements Timing {
        public Period {
            Objects.requireNonNull(kind, "kind");
            if (index < 1 || index > kind.perYear()) {
                throw new IllegalArgumentException("periodo " + index + " fuori da 1.." + kind.perYear());
            }
            text = text == null ? "" : text;
        }

        public LocalDate start() {
            int monthsEach = 12 / kind.perYear();
            return LocalDate.of(year, (index - 1) * monthsEach + 1, 1);
        }

        public LocalDate end() {
            int monthsEach = 12 / kind.perYear();
            return YearMonth.of(year, index * monthsEach).atEndOfMonth();
        }

        @Override
        public Optional<LocalDate> deadline() {
            return Optional.of(end());
        }
    }

    /** A fixed date: "entro il 31/12/2025", "entro aprile". */
    record ByDate(String text, LocalDate date) implements Timing {
        public ByDate {
            Objects.requireNonNull(date, "date");
            text = text == null ? "" : text;
        }

        @Override
        public Optional<LocalDate> deadline() {
            return Optional.of(date);
        }
    }

    /**
     * A deadline relative to a triggering act: "entro 30 giorni dall'istruttoria tecnica definitiva"; the days are
     * working days ("giorni lavorativi": weekends and Italian national holidays excluded, see
     * {@link WorkingDays}) when {@code workingDays} is set.
     *
     * @param workingDays whether {@code days} counts working days rather than calendar days
     */
    record Relative(String text, int days, String trigger, boolean workingDays) implements Timing {
        private static final Pattern WORKING = Pattern.compile(
                "\\b(?:giorn[io]|gg\\.?)\\s+lavorativ[io]\\b", Pattern.CASE_INSENSITIVE);

        public Relative {
            if (days < 0) {
                throw new IllegalArgumentException("giorni negativi: " + days);
            }
            text = text == null ? "" : text;
            trigger = trigger == null ? "" : trigger;
        }

        /**
         * Working days when the text says so ("entro 10 giorni lavorativi dalla richiesta"), else calendar days:
         * what a stored timing written before {@code workingDays} existed reads back as.
         */
        public Relative(String text, int days, String trigger) {
            this(text, days, trigger, text != null && WORKING.matcher(text).find());
        }

        @Override
        public Optional<LocalDate> deadline() {
            return Optional.empty();
        }

        /** The deadline once the triggering act has a date: its date plus the days, working days if so stated. */
        public LocalDate deadlineFrom(LocalDate triggerDate) {
            return workingDays ? WorkingDays.plus(triggerDate, days) : triggerDate.plusDays(days);
        }
    }

    /** How often a recurring activity happens. */
    enum Frequency {
        SETTIMANALE(52), MENSILE(12), BIMESTRALE(6), TRIMESTRALE(4), SEMESTRALE(2), ANNUALE(1),
        /** n times a year, as the record's {@code timesPerYear} says. */
        VOLTE_L_ANNO(0);

        private final int perYear;

        Frequency(int perYear) {
            this.perYear = perYear;
        }

        public int perYear() {
            return perYear;
        }
    }

    /** A recurrence: "settimanale", "ogni sei mesi", "4 volte l'anno"; within the reference year. */
    record Recurring(String text, Frequency frequency, int timesPerYear, int year) implements Timing {
        public Recurring {
            Objects.requireNonNull(frequency, "frequency");
            if (frequency != Frequency.VOLTE_L_ANNO) {
                timesPerYear = frequency.perYear();
            }
            if (timesPerYear < 1) {
                throw new IllegalArgumentException("ricorrenza senza numero di volte");
            }
            text = text == null ? "" : text;
        }

        @Override
        public Optional<LocalDate> deadline() {
            return Optional.of(LocalDate.of(year, 12, 31));
        }
    }

    /** A text not (yet) typed: kept as is, marked for review. */
    record Unspecified(String text) implements Timing {
        public Unspecified {
            text = text == null ? "" : text;
        }

        @Override
        public Optional<LocalDate> deadline() {
            return Optional.empty();
        }
    }
}
