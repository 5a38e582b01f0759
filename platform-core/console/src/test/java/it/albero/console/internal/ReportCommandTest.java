package it.albero.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.impl.action.command.DefaultActionPreparator;
import org.junit.jupiter.api.Test;

/** The arguments and options of albero:report as Karaf's own preparator reads them. */
class ReportCommandTest {

    @Test
    void argumentsAndOptions() throws Exception {
        ReportCommand c = new ReportCommand();
        new DefaultActionPreparator().prepare(c, null, List.of("--format", "pdf", "--as-of", "30/06/2025",
                "--unit", "ENT", "relazione", "/tmp/r.pdf"));
        assertEquals("relazione", c.kind);
        assertEquals("pdf", c.format);
        assertEquals("30/06/2025", c.asOf);
        assertEquals("ENT", c.unit);
        assertEquals(List.of("/tmp/r.pdf"), c.rest);
    }

    @Test
    void optionsAfterTheType() throws Exception {
        ReportCommand c = new ReportCommand();
        // the syntax of the documentation: Karaf leaves the options after the first argument in the last one
        new DefaultActionPreparator().prepare(c, null, List.of("monitoraggio", "--format", "xlsx", "--as-of",
                "2025-06-30", "-u", "ENT", "/tmp/m.xlsx"));
        assertEquals("monitoraggio", c.kind);
        TrailingOptions t = TrailingOptions.split(c.rest, Map.of("--format", "--format", "--as-of", "--as-of", "-u",
                "--unit"), Map.of(), "");
        assertEquals(List.of("/tmp/m.xlsx"), t.rest());
        assertEquals(Map.of("--format", "xlsx", "--as-of", "2025-06-30", "--unit", "ENT"), t.options());
        CommandError e = org.junit.jupiter.api.Assertions.assertThrows(CommandError.class, () -> TrailingOptions.split(
                List.of("--formato", "pdf", "f.pdf"), Map.of(), Map.of(), "--format (-f)"));
        assertEquals("Opzione sconosciuta '--formato': ammesse --format (-f).", e.getMessage());
    }
}
