package it.albero.api.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A file whose measurements a source fed to a plan: the store keeps one per plan, source and content hash, so the
 * same file fed twice is recognised.
 *
 * @param source       the source's id
 * @param fileName     the name as it was sent
 * @param hash         SHA-256 of the content, 64 hexadecimal digits
 * @param author       who fed it (a person, or the folder watcher)
 * @param at           when; ignored on writing
 * @param measurements how many measurements it recorded
 * @since 1.3
 */
public record FedFile(String source, String fileName, String hash, String author, Instant at, int measurements) {
    public FedFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(hash, "hash");
    }
}
