package it.albero.console.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import it.albero.api.service.AccessPolicy;
import it.albero.api.service.Permission;
import it.albero.api.store.BackupService;
import it.albero.api.store.StoreException;

/**
 * {@code albero:backup}: an online backup of the store (embedded Derby); for PostgreSQL, says how. Only who the
 * {@link AccessPolicy} allows {@link Permission#BACKUP} (the performance office, the administrator).
 */
@Service
@Command(scope = "albero", name = "backup", description = "Backup a caldo dell'archivio in una cartella"
        + " (Derby); con PostgreSQL indica come usare pg_dump")
public class BackupCommand extends AlberoAction {

    @Reference
    BackupService backups;

    @Reference
    AccessPolicy access;

    @Argument(index = 0, name = "cartella", required = true, description = "Cartella di destinazione del backup")
    String directory;

    @Override
    protected Object run() {
        access.require(caller(), Permission.BACKUP, null);
        Path dir;
        try {
            dir = Path.of(directory);
        } catch (InvalidPathException e) {
            throw new CommandError("Cartella non valida '" + directory + "': " + e.getReason() + ".");
        }
        try {
            System.out.println(backups.backup(dir).message());
        } catch (StoreException e) {
            throw new CommandError("Backup non riuscito: " + e.getMessage());
        }
        return null;
    }
}
