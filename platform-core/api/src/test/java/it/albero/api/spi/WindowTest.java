package it.albero.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Values;

class WindowTest {

    private static final Window SEASON = new Window(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 9, 30));

    @Test
    void readsTheWindowOfTheParameters() {
        Values p = Values.of("finestra", Map.of("da", "01/05/2025", "a", "2025-09-30"));
        assertEquals(Optional.of(SEASON), Window.of(p, "finestra"));
        assertEquals(Optional.empty(), Window.of(Values.empty(), "finestra"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Window(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 5, 1)));
        assertEquals("la fine 01/05/2025 precede l'inizio 30/09/2025", e.getMessage());
    }

    @Test
    void containsBothEnds() {
        assertTrue(SEASON.contains(LocalDate.of(2025, 5, 1)));
        assertTrue(SEASON.contains(LocalDate.of(2025, 9, 30)));
        assertFalse(SEASON.contains(LocalDate.of(2025, 4, 30)));
        assertFalse(SEASON.contains(LocalDate.of(2025, 10, 1)));
    }

    @Test
    void intersects() {
        Window june = new Window(LocalDate.of(2025, 4, 15), LocalDate.of(2025, 5, 15));
        assertEquals(Optional.of(new Window(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 15))),
                june.intersect(SEASON));
        assertEquals(Optional.empty(), Window.year(2024).intersect(SEASON));
    }

    @Test
    void speaksItalian() {
        assertEquals("01/05/2025-30/09/2025", SEASON.text());
        assertEquals("dal 01/05/2025 al 30/09/2025", SEASON.words());
        assertTrue(SEASON.withinOneYear());
        assertFalse(new Window(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31)).withinOneYear());
    }
}
