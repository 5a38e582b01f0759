package it.albero.console.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.service.EvaluationService;
import it.albero.api.service.Reminder;
import it.albero.api.service.ReminderDispatcher;
import it.albero.api.service.ReminderService;
import it.albero.api.spi.Texts;

/**
 * {@code albero:reminders [--as-of DATE] [--send]}: the deadlines without measurements (as the cruscotto shows them);
 * {@code --send} runs the daily reminder now (each reminder is mailed once per deadline and recipient).
 */
@Service
@Command(scope = "albero", name = "reminders", description = "Le scadenze senza rilevazione (promemoria);"
        + " --send invia ora i promemoria per posta")
public class RemindersCommand extends PlanAction {

    @Reference
    ReminderService reminders;

    @Reference(optional = true)
    ReminderDispatcher dispatcher;

    @Reference
    EvaluationService evaluation;

    @Option(name = "--as-of", aliases = "-d", description = "Data di riferimento, gg/mm/aaaa o aaaa-mm-gg (oggi se"
            + " assente)")
    String asOf;

    @Option(name = "--send", description = "Invia ora i promemoria (una volta sola per scadenza e destinatario)")
    boolean send;

    @Override
    protected Object run() {
        LocalDate day = Plans.date(asOf, "--as-of");
        LocalDate when = day == null ? evaluation.today() : day;
        var key = summary().key();
        List<Reminder> due = reminders.due(caller(), key, when);
        System.out.println(due.size() + " scadenze senza rilevazione al " + Texts.date(when) + " (entro "
                + reminders.daysAhead() + " giorni, o già scadute):");
        for (Reminder r : due) {
            System.out.println("  " + r.indicatorCode() + " (" + r.unitCode() + ") " + (r.overdue() ? "scaduto il "
                    : "scade il ") + Texts.date(r.deadline()));
        }
        if (send) {
            if (dispatcher == null) {
                throw new CommandError("Il servizio dei promemoria non è attivo: nessun messaggio inviato.");
            }
            ReminderDispatcher.Outcome o = dispatcher.send(caller(), key, when);
            if (!o.mailConfigured()) {
                System.out.println("Server di posta non configurato (smtp.host in etc/it.albero.reminders.cfg):"
                        + " promemoria solo nel registro.");
            } else {
                System.out.println(o.mails() + (o.mails() == 1 ? " messaggio inviato" : " messaggi inviati")
                        + (o.recipients().isEmpty() ? "" : " a " + String.join(", ", o.recipients()))
                        + "; " + o.alreadySent() + " promemoria già inviati in precedenza.");
            }
        }
        return null;
    }
}
