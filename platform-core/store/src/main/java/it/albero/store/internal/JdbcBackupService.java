package it.albero.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;

import it.albero.api.store.BackupService;
import it.albero.api.store.StoreException;

/** Online backup: Derby's SYSCS_BACKUP_DATABASE; for PostgreSQL, the server's own pg_dump. */
final class JdbcBackupService implements BackupService {

    private final Database db;

    JdbcBackupService(Database db) {
        this.db = db;
    }

    @Override
    public Result backup(Path directory) {
        return switch (db.dialect()) {
            case DERBY -> derby(directory.toAbsolutePath().normalize());
            case POSTGRESQL -> new Result(null, "Il database è PostgreSQL: il backup online si fa sul server con"
                    + " pg_dump (es. pg_dump -Fc -h <host> -U <utente> <database> > albero.dump) e il ripristino con"
                    + " pg_restore (es. pg_restore -c -d <database> albero.dump).");
            case OTHER -> throw new StoreException("Backup non disponibile per questo database: usare gli strumenti"
                    + " del database stesso.");
        };
    }

    private Result derby(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("Impossibile creare la cartella di backup " + directory + ": " + e.getMessage(), e);
        }
        return db.read("backup del database in " + directory, c -> {
            String name = databaseName(c);
            try (CallableStatement cs = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                cs.setString(1, directory.toString());
                cs.execute();
            }
            Path copy = directory.resolve(name);
            return new Result(copy, "Backup completato in " + copy + ". Per ripristinare: fermare Karaf e"
                    + " sostituire la cartella del database (data/derby/" + name + ") con questa copia, oppure"
                    + " aprirlo una volta con l'URL jdbc:derby:<cartella>;restoreFrom=" + copy + ".");
        });
    }

    /** The last element of the Derby database path, e.g. {@code albero} for {@code jdbc:derby:/x/derby/albero}. */
    private static String databaseName(Connection c) throws java.sql.SQLException {
        String url = c.getMetaData().getURL();
        String path = url.substring(url.indexOf(':', "jdbc:".length()) + 1);
        int semi = path.indexOf(';');
        if (semi >= 0) {
            path = path.substring(0, semi);
        }
        path = path.replace('\\', '/');
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
