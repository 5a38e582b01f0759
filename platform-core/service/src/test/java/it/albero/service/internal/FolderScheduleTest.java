package it.albero.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FolderScheduleTest {

    @Test
    void eachSourceMayHaveItsOwnIntervalAndTheTimerTicksAtTheShortest() {
        FolderWatcher.Schedule s = FolderWatcher.Schedule.of(300, Map.of("interval.seconds", "300",
                "interval.seconds.finanziario.fatture", "3600", "interval.seconds.entrate.avvisi", " 60 ",
                "interval.seconds.core.rilevazioni", "spesso", "folder", "albero/feeds"));
        assertEquals(3600, s.every("finanziario.fatture"));
        assertEquals(60, s.every("entrate.avvisi"));
        assertEquals(300, s.every("core.rilevazioni"), "an unreadable value is ignored");
        assertEquals(300, s.every("polizia-locale.controlli"), "the common interval");
        assertEquals(60, s.tick());
        assertEquals(300, FolderWatcher.Schedule.of(300, Map.of()).tick());
    }
}
