package it.albero.api.feed;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.service.Caller;
import it.albero.api.store.PlanKey;

/**
 * Feeds files to plans through the installed sources, for every entry point (console, REST, the watched folders).
 * All or nothing per file: with any error nothing is written. The same file twice records nothing; a corrected
 * version of a file (same source and name, other content) supersedes the measurements read from the earlier one,
 * which are kept.
 */
@ProviderType
public interface FeedService {

    /** The installed sources, by id. */
    List<SourceInfo> sources();

    /**
     * @throws it.albero.api.service.NotFoundException      unknown plan or source
     * @throws it.albero.api.service.AccessDeniedException  when the caller may not record on every indicator the
     *                                                      file names (nothing is written)
     */
    FeedReport feed(Caller caller, PlanKey plan, String sourceId, String fileName, byte[] content, boolean dryRun);
}
