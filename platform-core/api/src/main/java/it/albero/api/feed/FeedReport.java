package it.albero.api.feed;

import java.util.List;
import java.util.Map;

/**
 * What feeding a file did, or would do on a dry run.
 *
 * @param ok          no error: everything was (or would be) recorded
 * @param written     the measurements are in the store
 * @param duplicate   the plan already had this very file from this source: nothing recorded
 * @param recorded    new measurements
 * @param corrected   of which, corrections of measurements read from an earlier version of the file
 * @param byIndicator measurements per indicator code
 */
public record FeedReport(String source, String file, String hash, boolean dryRun, boolean ok, boolean written,
                         boolean duplicate, int recorded, int corrected, Map<String, Integer> byIndicator,
                         List<FeedProblem> errors, List<FeedProblem> warnings) {
    public FeedReport {
        byIndicator = Map.copyOf(byIndicator);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
