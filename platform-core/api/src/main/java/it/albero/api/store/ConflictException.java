package it.albero.api.store;

/**
 * An update based on a stale version was refused: someone else changed the data first. Nothing was changed;
 * the refused attempt is in the audit trail. The message is Italian and names the thing and both versions.
 */
public class ConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final int expectedVersion;
    private final int actualVersion;

    public ConflictException(String message, int expectedVersion, int actualVersion) {
        super(message);
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The version the update was based on. */
    public int expectedVersion() {
        return expectedVersion;
    }

    /** The version stored when the update was refused. */
    public int actualVersion() {
        return actualVersion;
    }
}
