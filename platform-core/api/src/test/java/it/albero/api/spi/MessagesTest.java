package it.albero.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.MissingResourceException;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void italianIsTheBaseAndApostrophesNeedNoEscaping() {
        Messages it = Messages.italian(MessagesTest.class);
        assertEquals(Locale.ITALIAN, it.locale());
        assertEquals("Buongiorno Anna, è l'anno 2025", it.get("saluto", "Anna", 2025));
    }

    @Test
    void aSecondLanguageIsAFileAndFallsBackToItalianKeyByKey() {
        Messages de = Messages.of(MessagesTest.class, Locale.GERMAN);
        assertEquals("Guten Tag Anna, es ist das Jahr 2025", de.get("saluto", "Anna", 2025));
        assertEquals("Solo in italiano", de.get("solo.italiano"));
    }

    @Test
    void aLanguageWithoutFilesAndTheJvmDefaultGiveItalian() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals("Buongiorno Anna, è l'anno 2025",
                    Messages.of(MessagesTest.class, Locale.ITALIAN).get("saluto", "Anna", 2025));
            assertEquals("Solo in italiano", Messages.of(MessagesTest.class, Locale.FRENCH).get("solo.italiano"));
            assertTrue(Messages.of(MessagesTest.class, Locale.FRENCH).get("saluto", "A", 1).startsWith("Buongiorno"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void onlyNumberedPlaceholdersWithAnArgumentAreReplaced() {
        Messages it = Messages.italian(MessagesTest.class);
        assertEquals("Nessun segnaposto {x} né {9}", it.get("senza.argomenti", "a"));
    }

    @Test
    void aMissingKeyIsADefectNotASilentText() {
        Messages it = Messages.italian(MessagesTest.class);
        assertFalse(it.has("manca"));
        assertTrue(it.has("saluto"));
        assertThrows(MissingResourceException.class, () -> it.get("manca"));
    }

    @Test
    void languageTagsFromConfiguration() {
        assertEquals(Locale.ITALIAN, Messages.locale(null));
        assertEquals(Locale.ITALIAN, Messages.locale(" "));
        assertEquals(Locale.GERMAN, Messages.locale("de"));
        assertEquals(Locale.forLanguageTag("de-IT"), Messages.locale("de_IT"));
    }
}
