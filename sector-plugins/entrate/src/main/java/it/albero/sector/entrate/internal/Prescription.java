package it.albero.sector.entrate.internal;

import java.time.LocalDate;

/**
 * The statute of limitations of local tax assessments (art. 1 c. 161 L. 296/2006): a notice for tax year
 * Y must be notified by 31 December of year Y+5.
 */
final class Prescription {

    private Prescription() {
    }

    /** The last day a notice for this tax year can be notified. */
    static LocalDate lastDay(int taxYear) {
        return LocalDate.of(taxYear + 5, 12, 31);
    }
}
