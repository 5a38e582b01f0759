package it.albero.sector.finanziario.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import it.albero.api.feed.FeedContext;
import it.albero.api.feed.FeedException;
import it.albero.api.feed.FeedRecord;
import it.albero.api.feed.FeedRow;
import it.albero.api.feed.FeedSource;
import it.albero.api.feed.FeedTable;
import it.albero.api.model.Indicator;

/**
 * The list of invoices a comune exports (from its accounts or the PCC platform): one row per invoice with number,
 * supplier, amount, due date and payment date, Italian numbers and dates. Every paid invoice becomes a measurement of
 * each payment-timeliness indicator ({@code finanziario.tempestivita-pagamenti}) of the plan, dated on its payment,
 * so the ITP is computed by the type as the law defines it; invoices not yet paid are left out (the ITP counts the
 * invoices paid in the period) and counted in a warning.
 */
@Component(service = FeedSource.class)
public class InvoicesSource implements FeedSource {

    static final String ID = FinanziarioModule.ID + ".fatture";
    static final String NUMBER = "numero";
    static final String SUPPLIER = "fornitore";
    static final String AMOUNT = "importo";
    static final String DUE = "data_scadenza";
    static final String PAID = "data_pagamento";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String moduleId() {
        return FinanziarioModule.ID;
    }

    @Override
    public String label() {
        return "Elenco delle fatture (numero, fornitore, importo, scadenza, pagamento): tempestività dei pagamenti (ITP)";
    }

    @Override
    public List<String> columns() {
        return List.of(NUMBER, SUPPLIER, AMOUNT, DUE, PAID);
    }

    /** A paid invoice of the list. */
    private record Paid(int row, Map<String, Object> values, LocalDate paid) {
    }

    @Override
    public List<FeedRecord> read(FeedTable table, FeedContext context) {
        table.require(NUMBER, AMOUNT, DUE, PAID);
        List<Indicator> indicators = context.indicatorsOfType(PaymentTimelinessType.ID);
        if (indicators.isEmpty()) {
            throw new FeedException(0, "-", "il piano non ha indicatori di tipo " + PaymentTimelinessType.ID
                    + ": nessuna rilevazione da registrare");
        }
        List<Paid> paid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int[] unpaid = {0};
        context.forEach(table, row -> {
            Paid p = invoice(row, seen);
            if (p == null) {
                unpaid[0]++;
            } else {
                paid.add(p);
            }
        });
        if (unpaid[0] > 0) {
            context.warning(0, PAID, unpaid[0] + (unpaid[0] == 1 ? " fattura non ancora pagata esclusa"
                    : " fatture non ancora pagate escluse") + ": l'ITP conta le fatture pagate nel periodo");
        }
        List<FeedRecord> out = new ArrayList<>(paid.size() * indicators.size());
        for (Indicator i : indicators) {
            for (Paid p : paid) {
                out.add(new FeedRecord(i.code(), p.paid(), p.values(), "Elenco fatture " + table.fileName(), null,
                        p.row()));
            }
        }
        return out;
    }

    /** The invoice of a row, or null when it is not paid yet; a number met twice is an error at the second row. */
    private static Paid invoice(FeedRow row, Map<String, Integer> seen) {
        String number = row.text(NUMBER);
        Integer first = seen.putIfAbsent(number, row.number());
        if (first != null) {
            throw new FeedException(row.number(), NUMBER, "fattura " + number + " già presente alla riga " + first);
        }
        BigDecimal amount = row.number(AMOUNT);
        if (amount.signum() <= 0) {
            throw new FeedException(row.number(), AMOUNT, "l'importo della fattura " + number
                    + " deve essere positivo (le note di credito non entrano nell'ITP)");
        }
        LocalDate due = row.date(DUE);
        LocalDate paid = row.optionalDate(PAID).orElse(null);
        if (paid == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fattura", number);
        row.optional(SUPPLIER).ifPresent(s -> values.put("fornitore", s));
        values.put("importo", amount);
        values.put("data_scadenza", due);
        values.put("data_pagamento", paid);
        return new Paid(row.number(), values, paid);
    }
}
