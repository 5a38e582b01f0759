package it.albero.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;

import java.util.List;

import it.albero.api.store.BackupService;
import it.albero.api.store.StoreException;
import it.albero.api.store.ValidationException;

/**
 * Online backup: Derby's SYSCS_BACKUP_DATABASE; for PostgreSQL, the server's own pg_dump.
 * <p>
 * The copy is written only under the backup root ({@code data/backup} of Karaf unless an administrator sets
 * {@code backup.root} in {@code etc/it.albero.store.cfg}): a relative folder is taken inside the root; an absolute
 * one, or one that leaves the root through {@code ..} or a link, is refused with an Italian message.
 */
final class JdbcBackupService implements BackupService {

    /** The folder under Karaf's data folder that holds backups when no root is configured. */
    static final String DEFAULT_FOLDER = "backup";

    private final Database db;
    private final Path root;

    /** @param root the folder every backup must be under; absolute */
    JdbcBackupService(Database db, Path root) {
        this.db = db;
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The backup root from the configuration: {@code configured} when set (relative to Karaf's data folder),
     * otherwise {@code backup} in Karaf's data folder.
     *
     * @param karafData the value of {@code karaf.data}, or {@code null} outside Karaf (then {@code ./data})
     */
    static Path root(String configured, String karafData) {
        Path data = Path.of(karafData == null || karafData.isBlank() ? "data" : karafData).toAbsolutePath();
        Path chosen = configured == null || configured.isBlank() ? data.resolve(DEFAULT_FOLDER)
                : data.resolve(configured.strip());
        return chosen.normalize();
    }

    Path root() {
        return root;
    }

    @Override
    public Result backup(Path directory) {
        return switch (db.dialect()) {
            case DERBY -> derby(inside(directory));
            case POSTGRESQL -> new Result(null, "Il database è PostgreSQL: il backup online si fa sul server con"
                    + " pg_dump (es. pg_dump -Fc -h <host> -U <utente> <database> > albero.dump) e il ripristino con"
                    + " pg_restore (es. pg_restore -c -d <database> albero.dump).");
            case OTHER -> throw new StoreException("Backup non disponibile per questo database: usare gli strumenti"
                    + " del database stesso.");
        };
    }

    /** The folder to write to, under the root; refuses one outside it. */
    Path inside(Path directory) {
        Path target = root.resolve(directory).normalize();
        if (!target.startsWith(root)
                || !realPathOfNearestExisting(target).startsWith(realPathOfNearestExisting(root))) {
            throw new ValidationException(List.of("cartella di backup non ammessa '" + directory + "': i backup si"
                    + " scrivono solo sotto " + root + " (indicare una cartella relativa, ad es. 2025-06-30,"
                    + " senza '..'). Un amministratore può scegliere un'altra cartella radice con backup.root in"
                    + " etc/it.albero.store.cfg"));
        }
        return target;
    }

    /** The real path of a folder, through its nearest existing ancestor (links resolved), for a folder not made yet. */
    private static Path realPathOfNearestExisting(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            throw new StoreException("Impossibile leggere la cartella " + existing + ": " + e.getMessage(), e);
        }
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
