package it.albero.api.feed;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a file a comune already has into measurements of its indicators. Register it as an OSGi service; it is
 * offered as long as its bundle is started. Reading must not write anything: the service records what it returns,
 * all or nothing.
 */
@ConsumerType
public interface FeedSource {

    /** The id users type, {@code <module>.<name>}: {@code finanziario.fatture}, {@code core.rilevazioni}. */
    String id();

    /** The module that contributes it ({@code core} for the platform's own). */
    String moduleId();

    /** What it reads, in Italian, for lists and help. */
    String label();

    /** The columns it reads, required ones first, as help for the user (e.g. {@code numero; importo; ...}). */
    List<String> columns();

    /**
     * Reads the table into measurements. Problems go to the context (with row and column); throw a
     * {@link FeedException} for a problem that stops the reading (e.g. a missing column).
     */
    List<FeedRecord> read(FeedTable table, FeedContext context);
}
