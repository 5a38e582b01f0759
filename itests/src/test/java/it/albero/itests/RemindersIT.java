package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import it.albero.api.service.Caller;
import it.albero.api.service.Reminder;
import it.albero.api.service.ReminderDispatcher;
import it.albero.api.service.ReminderService;
import it.albero.api.store.PlanKey;

/**
 * The reminders against a real SMTP server on loopback (Python's smtpd DebuggingServer, from Debian's python3, started
 * by the test): the directors of a unit and the performance office get one message each, with the links of their
 * indicators, and nothing more on the next runs for the same deadlines.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RemindersIT extends AlberoTestSupport {

    private static final PlanKey PLAN = new PlanKey("cesano-boscone", "PIAO-2025");
    private static final String DIRECTOR = "dirigente.entrate@comune.example.it";
    private static final String OFFICE = "ufficio.performance@comune.example.it";

    private Process smtp;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private int port;

    @Before
    public void startSmtp() throws Exception {
        port = Integer.parseInt(freePort());
        smtp = new ProcessBuilder("python3", "-u", "-W", "ignore", "-m", "smtpd", "-n", "-c", "DebuggingServer",
                "127.0.0.1:" + port).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(smtp.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the server was stopped
            }
        }, "smtp-output");
        reader.setDaemon(true);
        reader.start();
        waitFor("the SMTP server does not listen", () -> {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        }, BOOT);
    }

    @After
    public void stopSmtp() {
        if (smtp != null) {
            smtp.destroy();
        }
    }

    /** The messages the server received: the lines between its markers, as the debugging server prints them. */
    private List<String> messages() {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String l : lines) {
            if (l.contains("MESSAGE FOLLOWS")) {
                current = new StringBuilder();
            } else if (l.contains("END MESSAGE") && current != null) {
                out.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(l).append('\n');
            }
        }
        return out;
    }

    /** As an administrator would, at the console: etc/it.albero.reminders.cfg pointed at the test's server. */
    private void configure() {
        String[][] settings = {{"days.ahead", "15"}, {"base.url", "https://albero.comune.example.it"},
            {"recipients.performance", OFFICE}, {"recipients.unit.ENT", DIRECTOR}, {"smtp.from", "albero@comune.example.it"},
            {"smtp.port", String.valueOf(port)}, {"smtp.host", "127.0.0.1"}};
        StringBuilder script = new StringBuilder("config:edit it.albero.reminders");
        for (String[] kv : settings) {
            script.append("; config:property-set ").append(kv[0]).append(' ').append(kv[1]);
        }
        executeCommand(script.append("; config:update").toString());
    }

    @Test
    public void eachRecipientGetsOneMessageWithTheLinksAndNothingTwiceForTheSameDeadline() throws Exception {
        configure();
        java.time.LocalDate asOf = java.time.LocalDate.of(2025, 12, 20);
        waitFor("the reminder settings were not applied", () -> service(ReminderService.class).daysAhead() == 15,
                BOOT);
        Thread.sleep(2000);
        List<Reminder> due = service(ReminderService.class).due(Caller.of("lettore", Caller.LETTORE), PLAN, asOf);
        List<Reminder> ent = due.stream().filter(r -> r.unitCode().equals("ENT")).toList();
        assertTrue("the seed has ENT deadlines on 31/12/2025: " + due, !ent.isEmpty());
        String out = executeCommand("albero:reminders --as-of 2025-12-20 --send");
        assertTrue(out, out.contains("2 messaggi inviati"));
        waitFor("two messages not received: " + lines, () -> messages().size() == 2, BOOT);
        String director = messages().stream().filter(m -> m.contains("To: " + DIRECTOR)).findFirst().orElseThrow();
        String office = messages().stream().filter(m -> m.contains("To: " + OFFICE)).findFirst().orElseThrow();
        for (Reminder r : ent) {
            assertTrue(director, director.contains("https://albero.comune.example.it/albero/indicatori/"
                    + r.indicatorCode()));
        }
        assertTrue("the director got another unit's reminder", due.stream().filter(r -> !r.unitCode().equals("ENT"))
                .noneMatch(r -> director.contains("/albero/indicatori/" + r.indicatorCode() + "\n")));
        assertTrue(office, office.contains("/albero/indicatori/" + due.get(0).indicatorCode()));
        // the same day again, and the next day: the same deadlines are not sent again
        String again = executeCommand("albero:reminders --as-of 2025-12-20 --send");
        assertTrue(again, again.contains("0 messaggi inviati"));
        ReminderDispatcher.Outcome next = service(ReminderDispatcher.class).send(Caller.of("karaf", Caller.ADMIN), PLAN,
                asOf.plusDays(1));
        assertEquals(0, next.mails());
        Thread.sleep(1000);
        assertEquals(2, messages().size());
        // readers may list the reminders but not send them
        CommandResult reader = tryCommandAs(login("lettore"), "albero:reminders --as-of 2025-12-20 --send");
        assertTrue(reader.toString(), reader.failed());
        assertTrue(tryCommandAs(login("lettore"), "albero:reminders --as-of 2025-12-20").output.contains("scade"));
    }
}
