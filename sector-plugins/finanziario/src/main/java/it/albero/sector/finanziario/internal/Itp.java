package it.albero.sector.finanziario.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import it.albero.api.model.Measurement;
import it.albero.api.model.Values;
import it.albero.api.spi.Window;

/**
 * The payment-timeliness indicator (ITP, "indicatore di tempestività dei pagamenti", DPCM 22/09/2014 art. 9; the
 * "indicatore di ritardo annuale dei pagamenti" of L. 145/2018 c. 859): over the invoices paid in a period, the days
 * from each invoice's due date to its payment date (negative when paid early), weighted by the amount paid.
 * One measurement is one row of the invoice list a comune exports (PCC): number, supplier, amount, due date,
 * payment date. Shared by the type and the guarantee-fund check, so both compute it the same way.
 */
final class Itp {

    /** One invoice paid. */
    record Invoice(String number, BigDecimal amount, LocalDate due, LocalDate paid) {
        static Invoice of(Values v) {
            return new Invoice(v.requireText("fattura"), v.requireNumber("importo"), v.requireDate("data_scadenza"),
                    v.requireDate("data_pagamento"));
        }

        long delay() {
            return ChronoUnit.DAYS.between(due, paid);
        }
    }

    /**
     * The result over a period.
     *
     * @param invoices    invoices paid in the period
     * @param amount      their total amount
     * @param days        the ITP in days, two decimals
     * @param paidOnTime  the amount paid by the due date plus {@code graceDays}
     */
    record Result(int invoices, BigDecimal amount, BigDecimal days, BigDecimal paidOnTime) {
        double onTimeShare() {
            return amount.signum() == 0 ? 1 : paidOnTime.doubleValue() / amount.doubleValue();
        }
    }

    private Itp() {
    }

    /** The invoices of the measurements paid within the window (a later row of the same invoice replaces it). */
    static List<Invoice> paidIn(List<Measurement> measurements, Window period) {
        // by number, in order: a later row of the same invoice replaces it (linear: an invoice list has 10^5 rows)
        java.util.LinkedHashMap<String, Invoice> byNumber = new java.util.LinkedHashMap<>();
        for (Measurement m : measurements) {
            Invoice i = Invoice.of(m.values());
            byNumber.remove(i.number());
            if (period.contains(i.paid())) {
                byNumber.put(i.number(), i);
            }
        }
        return new ArrayList<>(byNumber.values());
    }

    /** The ITP of the invoices; amounts paid within {@code graceDays} of the due date count as on time. */
    static Result of(List<Invoice> invoices, long graceDays) {
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal onTime = BigDecimal.ZERO;
        for (Invoice i : invoices) {
            amount = amount.add(i.amount());
            weighted = weighted.add(i.amount().multiply(BigDecimal.valueOf(i.delay())));
            if (i.delay() <= graceDays) {
                onTime = onTime.add(i.amount());
            }
        }
        BigDecimal days = amount.signum() == 0 ? BigDecimal.ZERO : weighted.divide(amount, 2, RoundingMode.HALF_UP);
        return new Result(invoices.size(), amount, days, onTime);
    }
}
