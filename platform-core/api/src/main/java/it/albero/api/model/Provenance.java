package it.albero.api.model;

import java.util.Objects;

/**
 * Where a measurement came from when it did not come from a person typing it: the source that read it, the file,
 * the file's SHA-256 and the row (1-based, the header being row 1, as a spreadsheet shows it).
 *
 * @param source the source's id, e.g. {@code finanziario.fatture}
 * @param file   the file's name as it was sent
 * @param hash   the SHA-256 of the file's bytes, 64 hexadecimal digits
 * @param row    the row the measurement was read from (the first, when it sums several rows)
 * @since 1.3
 */
public record Provenance(String source, String file, String hash, int row) {
    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(hash, "hash");
    }
}
