package it.albero.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The databases the store runs on. The schema SQL is the same but for the statements a migration marks for one
 * database ({@code -- solo postgresql}); backup differs.
 */
enum Dialect {
    DERBY, POSTGRESQL, OTHER;

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        if (product.contains("derby")) {
            return DERBY;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        return OTHER;
    }
}
