package it.albero.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Many rows into one table in JDBC batches of {@value #BATCH_ROWS}, within the caller's transaction; the database
 * gives the ids, in the order the rows were added (read them back by a unique key when needed). On PostgreSQL the
 * driver sends a batch as multi-row inserts ({@code reWriteBatchedInserts=true} in the datasource's URL).
 * <p>
 * (Tried and dropped: one {@code INSERT ... SELECT FROM unnest(?::text[], ...)} per table on PostgreSQL. The server
 * spent 40% more time on it than on the multi-row inserts, and the driver no less.)
 */
final class RowsInsert {

    /** The SQL type of a column, and the Java value it takes. */
    enum Kind {
        /** {@link Long}. */
        BIGINT("bigint", Types.BIGINT),
        /** {@link Integer}. */
        INTEGER("integer", Types.INTEGER),
        /** {@link String}. */
        TEXT("text", Types.VARCHAR),
        /** {@link Date}. */
        DATE("date", Types.DATE),
        /** {@link Timestamp}, as the driver's {@code setTimestamp} would send it (the JVM's time zone). */
        TIMESTAMP("timestamp", Types.TIMESTAMP),
        /** {@link Double}. */
        DOUBLE("double precision", Types.DOUBLE);

        private final String sql;
        private final int jdbc;

        Kind(String sql, int jdbc) {
            this.sql = sql;
            this.jdbc = jdbc;
        }
    }

    /** Rows per JDBC batch. */
    static final int BATCH_ROWS = 500;

    private final String table;
    private final String[] columns;
    private final Kind[] kinds;
    private final List<Object[]> rows = new ArrayList<>();

    RowsInsert(String table, String[] columns, Kind[] kinds) {
        if (columns.length != kinds.length) {
            throw new IllegalArgumentException("colonne e tipi in numero diverso");
        }
        this.table = table;
        this.columns = columns.clone();
        this.kinds = kinds.clone();
    }

    /** Adds a row: one value (or null) per column, of the column's {@link Kind}. */
    RowsInsert add(Object... values) {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " valori per " + columns.length
                    + " colonne");
        }
        rows.add(values);
        return this;
    }

    int size() {
        return rows.size();
    }

    /** Inserts the rows added so far and forgets them; returns how many were inserted. */
    int execute(Connection c, Dialect dialect) throws SQLException {
        int count = rows.size();
        if (count == 0) {
            return 0;
        }
        batch(c, dialect);
        rows.clear();
        return count;
    }

    /**
     * Sets a row's values as the parameters of a statement with one {@code ?} per column, in order. PostgreSQL's
     * driver gets dates and timestamps as {@code java.time} values, which it writes without a {@code Calendar}
     * (the same text: the timestamp's wall time in the JVM's zone, as {@code setTimestamp} sends it).
     */
    void bind(PreparedStatement ps, Object[] row, Dialect dialect) throws SQLException {
        boolean javaTime = dialect == Dialect.POSTGRESQL;
        for (int col = 0; col < columns.length; col++) {
            Object v = row[col];
            if (v == null) {
                ps.setNull(col + 1, kinds[col].jdbc);
            } else if (javaTime && v instanceof Date d) {
                ps.setObject(col + 1, d.toLocalDate());
            } else if (javaTime && v instanceof Timestamp t) {
                ps.setObject(col + 1, t.toLocalDateTime());
            } else {
                ps.setObject(col + 1, v, kinds[col].jdbc);
            }
        }
    }

    /** {@code INSERT INTO table (columns) VALUES (?, ...)}: the statement of one row. */
    String insertSql() {
        StringJoiner cols = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        for (String column : columns) {
            cols.add(column);
            marks.add("?");
        }
        return "INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")";
    }

    private void batch(Connection c, Dialect dialect) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(insertSql())) {
            int pending = 0;
            for (Object[] row : rows) {
                bind(ps, row, dialect);
                ps.addBatch();
                if (++pending == BATCH_ROWS) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }
}
