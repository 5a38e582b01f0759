package it.albero.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void parsesNameAndSplitsStatements() {
        Migration m = Migration.parse("V3__add_things.sql", "-- comment\nCREATE TABLE a (\n  x INT\n);\n\n"
                + "CREATE INDEX i ON a (x);\r\nINSERT INTO a VALUES (1)");
        assertEquals(3, m.version());
        assertEquals("add things", m.description());
        assertEquals(List.of("CREATE TABLE a (\nx INT\n)", "CREATE INDEX i ON a (x)", "INSERT INTO a VALUES (1)"),
                m.statements());
    }

    @Test
    void aStatementMarkedForOneDatabaseRunsOnlyThere() {
        Migration m = Migration.parse("V9__partial.sql", "-- for every database\nCREATE INDEX a ON t (x);\n"
                + "-- solo postgresql\nCREATE INDEX b ON t (y)\n  WHERE y IS NOT NULL;\n"
                + "--   Solo Derby  \nCREATE INDEX c ON t (z);\nCREATE INDEX d ON t (w);\n");
        assertEquals(List.of("CREATE INDEX a ON t (x)", "CREATE INDEX b ON t (y)\nWHERE y IS NOT NULL",
                "CREATE INDEX d ON t (w)"), m.statements(Dialect.POSTGRESQL));
        assertEquals(List.of("CREATE INDEX a ON t (x)", "CREATE INDEX c ON t (z)", "CREATE INDEX d ON t (w)"),
                m.statements(Dialect.DERBY));
        assertEquals(4, m.statements().size());
        assertEquals(List.of("CREATE INDEX a ON t (x)", "CREATE INDEX d ON t (w)"), m.statements(Dialect.OTHER));
    }

    @Test
    void checksumIgnoresLineEndsButNotContent() {
        Migration unix = Migration.parse("V1__a.sql", "CREATE TABLE a (x INT);\n");
        Migration windows = Migration.parse("V1__a.sql", "CREATE TABLE a (x INT);\r\n");
        Migration other = Migration.parse("V1__a.sql", "CREATE TABLE a (y INT);\n");
        assertEquals(unix.checksum(), windows.checksum());
        assertNotEquals(unix.checksum(), other.checksum());
    }

    @Test
    void refusesBadNamesAndGaps() {
        assertThrows(IllegalArgumentException.class, () -> Migration.parse("V1_a.sql", ""));
        assertThrows(IllegalArgumentException.class, () -> Migration.parse("create.sql", ""));
        assertThrows(IllegalArgumentException.class, () -> new Migrator(List.of(
                Migration.parse("V1__a.sql", "x"), Migration.parse("V3__c.sql", "y"))));
    }

    @Test
    void bundledScriptsAreNumberedFromOne() {
        List<Migration> all = Migrator.load(Migrator.class, Integer.MAX_VALUE);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), all.stream().map(Migration::version).toList());
        assertEquals("plan versions", all.get(3).description());
        assertEquals("measurement corrections", all.get(4).description());
        assertEquals(9, new Migrator(all).latest());
        assertEquals(1, Migrator.load(Migrator.class, 1).size());
    }
}
