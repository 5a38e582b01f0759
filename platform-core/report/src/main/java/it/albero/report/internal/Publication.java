package it.albero.report.internal;

import java.time.LocalDate;

import it.albero.api.model.PlanStatus;
import it.albero.api.report.ReportKind;
import it.albero.api.service.Caller;
import it.albero.api.store.PlanSummary;

/**
 * What the public transparency page shows, and as of when.
 * <p>
 * A plan is <b>published</b> once the Giunta has adopted it: status {@code adottato} or later ({@code monitoraggio},
 * {@code rendicontazione}, {@code validato}); a {@code bozza} is never shown. The evaluation shown is:
 * <ul>
 * <li>for a plan in {@code rendicontazione} or {@code validato}: the Relazione's, as of 31 December of the reference
 * year (final results; "validata dall'OIV" once validated);</li>
 * <li>for a plan in {@code adottato} or {@code monitoraggio}: the monitoring as of today (capped at 31 December of
 * the reference year), marked as provisional.</li>
 * </ul>
 * The page reads as the system user {@value #READER} with the role {@code lettore}: it can read, and nothing else.
 */
final class Publication {

    /** The name under which the public page reads (it has only the role lettore). */
    static final String READER = "trasparenza";

    static final Caller CALLER = Caller.of(READER, Caller.LETTORE);

    private Publication() {
    }

    static boolean published(PlanStatus status) {
        return status.compareTo(PlanStatus.ADOTTATO) >= 0;
    }

    /** Whether the results are final (Relazione) rather than provisional (monitoring). */
    static boolean isFinal(PlanStatus status) {
        return status.compareTo(PlanStatus.RENDICONTAZIONE) >= 0;
    }

    static ReportKind kind(PlanSummary plan) {
        return isFinal(plan.status()) ? ReportKind.RELAZIONE : ReportKind.MONITORAGGIO;
    }

    /** The date of the evaluation the page shows for a plan. */
    static LocalDate asOf(PlanSummary plan, LocalDate today) {
        LocalDate yearEnd = LocalDate.of(plan.referenceYear(), 12, 31);
        return isFinal(plan.status()) || today.isAfter(yearEnd) ? yearEnd : today;
    }

    /** A sentence that says what the figures are. */
    static String describe(PlanStatus status) {
        return switch (status) {
            case VALIDATO -> "Risultati finali dell'anno, validati dall'OIV.";
            case RENDICONTAZIONE -> "Risultati finali dell'anno, in attesa di validazione da parte dell'OIV.";
            default -> "Monitoraggio in corso: risultati provvisori, aggiornati con le rilevazioni inserite.";
        };
    }
}
