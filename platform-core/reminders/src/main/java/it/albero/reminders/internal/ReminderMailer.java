package it.albero.reminders.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.albero.api.model.Ente;
import it.albero.api.service.Caller;
import it.albero.api.service.Reminder;
import it.albero.api.service.ReminderDispatcher;
import it.albero.api.service.ReminderService;
import it.albero.api.spi.Texts;
import it.albero.api.store.NodeCoordination;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.ReminderLog;

/**
 * The daily reminder (PID {@code it.albero.reminders}, file {@code etc/it.albero.reminders.cfg}): every day at
 * {@code time} it takes the reminders of the current plan of every ente and mails each recipient one message with
 * theirs: the addresses in {@code recipients.unit.<CODE>} get their unit's, {@code recipients.performance} all. An
 * ente with keys of its own ({@code recipients.<ente>.unit.<CODE>}, {@code recipients.<ente>.performance}) uses only
 * those, so that the directors of one comune never get another comune's reminders. Each reminder is
 * claimed in the database before sending ({@link ReminderLog}), so it goes once per deadline, kind and recipient,
 * whatever the number of runs or nodes; a failed sending is released for the next run. Without
 * {@code smtp.host} nothing is mailed: the reminders are logged, and the cruscotto shows them anyway.
 * <p>
 * With several nodes over one database, the daily run happens on one of them: the first to take the database lease
 * {@value #JOB} (held for an hour, so the others, whose timers fire at the same time, skip that day's run).
 */
@Component(service = ReminderDispatcher.class, immediate = true, configurationPid = "it.albero.reminders",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ReminderMailer implements ReminderDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderMailer.class);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** The name of the daily run's lease in the database. */
    static final String JOB = "promemoria-giornaliero";
    private static final Caller SYSTEM = Caller.of("promemoria", Caller.LETTORE);

    private final ReminderService reminders;
    private final ReminderLog log;
    private final PlanStore plans;
    private final Map<String, Object> config;
    private final ScheduledExecutorService timer;
    private final NodeCoordination nodes;
    private final String holder = holder();

    @Activate
    public ReminderMailer(@Reference ReminderService reminders, @Reference ReminderLog log,
                          @Reference PlanStore plans, @Reference NodeCoordination nodes, Map<String, Object> config) {
        this.nodes = nodes;
        this.reminders = reminders;
        this.log = log;
        this.plans = plans;
        this.config = Map.copyOf(config);
        if (Boolean.parseBoolean(text("enabled", "true"))) {
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "albero-reminders");
                t.setDaemon(true);
                return t;
            });
            scheduleNext();
        } else {
            this.timer = null;
        }
    }

    @Deactivate
    void stop() throws InterruptedException {
        if (timer != null) {
            timer.shutdownNow();
            timer.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private void scheduleNext() {
        LocalTime at = LocalTime.parse(text("time", "07:00"));
        ZonedDateTime now = ZonedDateTime.now(ROME);
        ZonedDateTime next = now.with(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        timer.schedule(this::daily, Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String holder() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "?";
        }
        // the same across restarts of this node: a restarted node keeps its own lease
        String id = System.getProperty("karaf.name", "karaf") + "@" + host;
        return id.substring(0, Math.min(id.length(), 150)) + "/"
                + Integer.toHexString(String.valueOf(System.getProperty("karaf.base")).hashCode());
    }

    private void daily() {
        try {
            if (!nodes.lease(JOB, holder, Duration.ofHours(1))) {
                LOG.info("Promemoria giornaliero: già avviato da un altro nodo");
                return;
            }
            LocalDate today = LocalDate.now(ROME);
            for (Ente ente : plans.enti()) {
                try {
                    plans.current(ente.code()).ifPresent(p -> send(SYSTEM, p.key(), today));
                } catch (RuntimeException e) {
                    LOG.warn("Promemoria giornaliero dell'ente {} non riuscito: {}", ente.code(), e.getMessage(), e);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Promemoria giornaliero non riuscito: {}", e.getMessage(), e);
        } finally {
            scheduleNext();
        }
    }

    @Override
    public Outcome send(Caller caller, PlanKey plan, LocalDate asOf) {
        List<Reminder> due = reminders.due(caller, plan, asOf);
        Map<String, List<Reminder>> byRecipient = new LinkedHashMap<>();
        for (Reminder r : due) {
            LOG.info("Promemoria {}: {} ({}) {} il {}", plan, r.indicatorCode(), r.unitCode(),
                    r.overdue() ? "scaduto" : "in scadenza", Texts.date(r.deadline()));
            for (String to : recipients(plan.enteCode(), "unit." + r.unitCode())) {
                byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(r);
            }
            for (String to : recipients(plan.enteCode(), "performance")) {
                byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(r);
            }
        }
        String host = text("smtp.host", "");
        if (host.isEmpty()) {
            return new Outcome(due.size(), 0, 0, List.of(), false);
        }
        int mails = 0;
        int already = 0;
        List<String> sentTo = new ArrayList<>();
        for (Map.Entry<String, List<Reminder>> e : byRecipient.entrySet()) {
            String to = e.getKey();
            List<Reminder> fresh = new ArrayList<>();
            for (Reminder r : e.getValue()) {
                if (log.claim(plan, r.indicatorCode(), r.deadline(), kind(r), to)) {
                    fresh.add(r);
                } else {
                    already++;
                }
            }
            if (fresh.isEmpty()) {
                continue;
            }
            try {
                mail(to, plan, asOf, fresh);
                mails++;
                sentTo.add(to);
                LOG.info("Promemoria inviato a {}: {} indicatori", to, fresh.size());
            } catch (MessagingException | RuntimeException ex) {
                fresh.forEach(r -> log.release(plan, r.indicatorCode(), r.deadline(), kind(r), to));
                LOG.warn("Promemoria a {} non inviato ({}): si riproverà al prossimo giro", to, ex.getMessage());
            }
        }
        return new Outcome(due.size(), mails, already, sentTo, true);
    }

    private static String kind(Reminder r) {
        return r.overdue() ? "scaduto" : "in_scadenza";
    }

    private void mail(String to, PlanKey plan, LocalDate asOf, List<Reminder> list) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", text("smtp.host", ""));
        p.put("mail.smtp.port", text("smtp.port", "25"));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.starttls.enable", text("smtp.starttls", "false"));
        String user = text("smtp.user", "");
        Session session;
        if (user.isEmpty()) {
            session = Session.getInstance(p);
        } else {
            p.put("mail.smtp.auth", "true");
            String password = text("smtp.password", "");
            session = Session.getInstance(p, new javax.mail.Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        // Jakarta Mail finds its providers through the context class loader: give it its own
        Thread.currentThread().setContextClassLoader(Session.class.getClassLoader());
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(text("smtp.from", "albero@localhost")));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            long overdue = list.stream().filter(Reminder::overdue).count();
            m.setSubject("Albero: " + list.size() + (list.size() == 1 ? " scadenza" : " scadenze") + " senza rilevazione"
                    + (overdue > 0 ? " (" + overdue + " già scadute)" : ""), "UTF-8");
            m.setText(body(plan, asOf, list), "UTF-8");
            Transport.send(m);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    /** The message: one line per indicator with its deadline, then its link on a line of its own. */
    String body(PlanKey plan, LocalDate asOf, List<Reminder> list) {
        String base = text("base.url", "http://localhost:8181").replaceAll("/+$", "");
        StringBuilder sb = new StringBuilder();
        sb.append("Buongiorno,\n\nal ").append(Texts.date(asOf)).append(" questi indicatori del piano ").append(plan)
                .append(" non hanno ancora una rilevazione:\n\n");
        for (Reminder r : list) {
            sb.append("- ").append(r.indicatorCode()).append(" (").append(r.unitCode()).append("): ")
                    .append(r.overdue() ? "scaduto il " : "scade il ").append(Texts.date(r.deadline()))
                    .append(" - ").append(r.instrument()).append('\n')
                    .append("  ").append(base).append("/albero/indicatori/").append(r.indicatorCode()).append("\n");
        }
        sb.append("\nQuesto messaggio è inviato una sola volta per ogni scadenza.\nAlbero - ciclo della performance\n");
        return sb.toString();
    }

    /**
     * The addresses for a role of an ente: {@code recipients.<ente>.<role>} when the ente has keys of its own, else
     * {@code recipients.<role>}.
     */
    List<String> recipients(String ente, String role) {
        String own = "recipients." + ente + ".";
        boolean hasOwn = config.keySet().stream().anyMatch(k -> k.startsWith(own));
        String key = hasOwn ? own + role : "recipients." + role;
        return Arrays.stream(text(key, "").split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private String text(String key, String fallback) {
        Object v = config.get(key);
        return v == null || v.toString().isBlank() ? fallback : v.toString().strip();
    }
}
