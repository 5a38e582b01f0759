package it.albero.api.feed;

import org.osgi.annotation.versioning.ProviderType;

/** Reads a CSV (UTF-8, {@code ;} or {@code ,}) or the first sheet of an XLSX as a table: the format by the name. */
@ProviderType
public interface TableReader {

    /**
     * @throws FeedException when the file cannot be read as a table (row 0 for the whole file)
     */
    FeedTable read(String fileName, byte[] content);
}
