package it.albero.api.store;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/** Online backup of the store. */
@ProviderType
public interface BackupService {

    /**
     * The result of a backup.
     *
     * @param location where the copy is (a directory), or {@code null} when the database backs up otherwise
     * @param message  an Italian sentence for the user, e.g. how to restore
     */
    record Result(Path location, String message) {
    }

    /**
     * Backs up the database while it is in use: on embedded Derby, a consistent copy under {@code directory};
     * on a server database (PostgreSQL) it explains that the server's tools do it ({@code pg_dump}).
     *
     * @throws StoreException when the copy fails or the database cannot be backed up from here
     */
    Result backup(Path directory);
}
