package it.albero.reminders.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Who gets the reminders of which ente: an ente with keys of its own uses only those. */
class ReminderRecipientsTest {

    private final ReminderMailer mailer = new ReminderMailer(null, null, null, null, Map.of(
            "enabled", "false",
            "recipients.performance", "ufficio@unione.example.it",
            "recipients.unit.ENT", "entrate@unione.example.it",
            "recipients.c0001.performance", "performance@c0001.example.it",
            "recipients.c0001.unit.ENT", "entrate@c0001.example.it, tributi@c0001.example.it",
            "recipients.c0002.unit.WEL", "welfare@c0002.example.it"));

    @Test
    void anEnteWithKeysOfItsOwnUsesOnlyThose() {
        assertEquals(List.of("performance@c0001.example.it"), mailer.recipients("c0001", "performance"));
        assertEquals(List.of("entrate@c0001.example.it", "tributi@c0001.example.it"),
                mailer.recipients("c0001", "unit.ENT"));
        assertEquals(List.of(), mailer.recipients("c0001", "unit.WEL"));
        // c0002 has keys of its own: the shared ones never reach it
        assertEquals(List.of(), mailer.recipients("c0002", "performance"));
        assertEquals(List.of(), mailer.recipients("c0002", "unit.ENT"));
        assertEquals(List.of("welfare@c0002.example.it"), mailer.recipients("c0002", "unit.WEL"));
    }

    @Test
    void anEnteWithoutKeysUsesTheSharedOnes() {
        assertEquals(List.of("ufficio@unione.example.it"), mailer.recipients("cesano-boscone", "performance"));
        assertEquals(List.of("entrate@unione.example.it"), mailer.recipients("cesano-boscone", "unit.ENT"));
        assertEquals(List.of(), mailer.recipients("cesano-boscone", "unit.PL"));
    }
}
