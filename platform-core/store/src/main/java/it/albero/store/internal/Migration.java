package it.albero.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned schema migration: a script named {@code V<n>__<description>.sql}.
 *
 * @param version     the version it brings the schema to
 * @param description from the file name, underscores as spaces
 * @param script      the SQL text
 */
record Migration(int version, String description, String script) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    /** The comment that gives the next statement to one database only. */
    private static final Pattern ONLY = Pattern.compile("--\\s*solo\\s+(derby|postgresql)\\s*",
            Pattern.CASE_INSENSITIVE);

    Migration {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
        if (version < 1) {
            throw new IllegalArgumentException("versione di migrazione non valida: " + version);
        }
    }

    static Migration parse(String fileName, String script) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("nome di migrazione non valido: '" + fileName
                    + "' (atteso V<n>__<descrizione>.sql)");
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), script);
    }

    /** SHA-256 of the script with line ends normalised. */
    String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(script.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statements of the script for every database (those marked for one database included). */
    List<String> statements() {
        return statements(null);
    }

    /**
     * The statements of the script that run on a database: split at a ';' that ends a line; '--' comment lines
     * dropped. A statement after the comment line {@code -- solo postgresql} (or another dialect's name) runs only on
     * that database: PostgreSQL's partial indexes, which Derby does not have. {@code null}: every statement.
     */
    List<String> statements(Dialect dialect) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Dialect only = null;
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                Matcher m = ONLY.matcher(trimmed);
                if (m.matches() && current.toString().isBlank()) {
                    only = Dialect.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                add(out, current.toString().strip(), only, dialect);
                current.setLength(0);
                only = null;
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            add(out, current.toString().strip(), only, dialect);
        }
        return out;
    }

    private static void add(List<String> out, String statement, Dialect only, Dialect dialect) {
        if (only == null || dialect == null || only == dialect) {
            out.add(statement);
        }
    }
}
