package it.albero.sector.entrate.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.feed.FeedContext;
import it.albero.api.feed.FeedRecord;
import it.albero.api.feed.FeedRow;
import it.albero.api.feed.FeedSource;
import it.albero.api.feed.FeedTable;
import it.albero.api.model.Indicator;
import it.albero.api.spi.Texts;

/**
 * The list of assessment notices ("lista di carico degli avvisi di accertamento") as the tax system exports it: one
 * row per notice with its tax year, the date it was issued (empty while still to issue) and the date it was
 * notified. For each indicator of type {@code entrate.avvisi} it records the notices issued over those to issue for
 * the indicator's tax year, as of the latest issue date in the list; and it checks every notice against the statute
 * of limitations (notified by 31 December of the fifth year after the tax year, art. 1 c. 161 L. 296/2006).
 */
@Component(service = FeedSource.class)
public class AssessmentNoticesSource implements FeedSource {

    /** The same id as the type it feeds: one list, one kind of indicator. */
    static final String ID = AssessmentNoticesType.ID;
    static final String NUMBER = "numero";
    static final String TAX_YEAR = "anno_imposta";
    static final String ISSUED = "data_emissione";
    static final String NOTIFIED = "data_notifica";
    /** How far ahead a notice not yet notified is flagged as close to prescription. */
    static final int WARN_DAYS = 90;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String moduleId() {
        return EntrateModule.ID;
    }

    @Override
    public String label() {
        return "Lista degli avvisi di accertamento (anno d'imposta, emissione, notifica): avvisi emessi e prescrizione";
    }

    @Override
    public List<String> columns() {
        return List.of(NUMBER, TAX_YEAR, ISSUED, NOTIFIED);
    }

    /** One notice of the list. */
    record Notice(int row, String number, int taxYear, LocalDate issued, LocalDate notified) {
    }

    @Override
    public List<FeedRecord> read(FeedTable table, FeedContext context) {
        table.require(NUMBER, TAX_YEAR, ISSUED, NOTIFIED);
        List<Notice> notices = new ArrayList<>();
        context.forEach(table, row -> notices.add(notice(row)));
        LocalDate today = context.today();
        for (Notice n : notices) {
            prescription(n, today, context);
        }
        List<Indicator> indicators = context.indicatorsOfType(AssessmentNoticesType.ID);
        if (indicators.isEmpty()) {
            context.error(0, "-", "il piano non ha indicatori di tipo " + AssessmentNoticesType.ID
                    + ": nessuna rilevazione da registrare");
            return List.of();
        }
        List<FeedRecord> out = new ArrayList<>();
        for (Indicator i : indicators) {
            Optional<Integer> year = i.parameters().number("anno_imposta").map(BigDecimal::intValue);
            List<Notice> mine = notices.stream().filter(n -> year.isEmpty() || n.taxYear() == year.get()).toList();
            if (mine.isEmpty()) {
                context.warning(0, TAX_YEAR, i.code() + ": nessun avviso dell'anno d'imposta "
                        + year.map(String::valueOf).orElse("?") + " nella lista: nessuna rilevazione");
                continue;
            }
            long issued = mine.stream().filter(n -> n.issued() != null).count();
            LocalDate asOf = mine.stream().map(Notice::issued).filter(d -> d != null).max(LocalDate::compareTo)
                    .orElse(today);
            if (asOf.getYear() > context.plan().endYear() || asOf.getYear() < context.plan().startYear()) {
                asOf = LocalDate.of(context.plan().referenceYear(), 12, 31);
            }
            out.add(new FeedRecord(i.code(), asOf, java.util.Map.of("emessi", BigDecimal.valueOf(issued),
                    "da_emettere", BigDecimal.valueOf(mine.size())), "Lista di carico " + table.fileName(),
                    issued + " avvisi emessi su " + mine.size() + " della lista", mine.get(0).row()));
        }
        return out;
    }

    private static Notice notice(FeedRow row) {
        String number = row.text(NUMBER);
        int year = row.number(TAX_YEAR).intValue();
        if (year < 1990 || year > 2100) {
            throw new it.albero.api.feed.FeedException(row.number(), TAX_YEAR, "anno d'imposta non plausibile: "
                    + year);
        }
        LocalDate issued = row.optionalDate(ISSUED).orElse(null);
        LocalDate notified = row.optionalDate(NOTIFIED).orElse(null);
        if (notified != null && issued == null) {
            throw new it.albero.api.feed.FeedException(row.number(), ISSUED, "l'avviso " + number
                    + " risulta notificato ma non emesso: indicare la data di emissione");
        }
        if (notified != null && notified.isBefore(issued)) {
            throw new it.albero.api.feed.FeedException(row.number(), NOTIFIED, "l'avviso " + number
                    + " risulta notificato (" + Texts.date(notified) + ") prima di essere emesso (" + Texts.date(issued)
                    + ")");
        }
        return new Notice(row.number(), number, year, issued, notified);
    }

    /** The statute-of-limitations check of one notice: a warning, since the list is what it is. */
    static void prescription(Notice n, LocalDate today, FeedContext context) {
        LocalDate last = Prescription.lastDay(n.taxYear());
        if (n.notified() != null) {
            if (n.notified().isAfter(last)) {
                context.warning(n.row(), NOTIFIED, "avviso " + n.number() + " (anno d'imposta " + n.taxYear()
                        + ") notificato il " + Texts.date(n.notified()) + ", oltre il termine di prescrizione del "
                        + Texts.date(last) + ": il credito è prescritto");
            }
        } else if (today.isAfter(last)) {
            context.warning(n.row(), NOTIFIED, "avviso " + n.number() + " (anno d'imposta " + n.taxYear()
                    + ") non notificato e prescritto dal " + Texts.date(last.plusDays(1)));
        } else if (!today.plusDays(WARN_DAYS).isBefore(last)) {
            context.warning(n.row(), NOTIFIED, "avviso " + n.number() + " (anno d'imposta " + n.taxYear()
                    + ") ancora da notificare: si prescrive il " + Texts.date(last));
        }
    }
}
