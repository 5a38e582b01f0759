package it.albero.api.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.model.Indicator;
import it.albero.api.model.Plan;

/** What a source may know while reading a file: the plan, today, and where to put its findings. */
@ProviderType
public interface FeedContext {

    /** The plan the file is fed to. */
    Plan plan();

    /** Today in the platform's zone. */
    LocalDate today();

    /** The plan's indicators of an indicator type, in plan order. */
    List<Indicator> indicatorsOfType(String typeId);

    /** A problem that refuses the file (nothing is written); reading goes on to find the others. */
    void error(int row, String column, String message);

    /** Something the user should know that does not refuse the file (e.g. a notice past its prescription date). */
    void warning(int row, String column, String message);

    /** Each row in turn; a {@link FeedException} thrown for a row becomes an {@link #error} and the next row follows. */
    default void forEach(FeedTable table, Consumer<FeedRow> action) {
        for (FeedRow row : table.rows()) {
            try {
                action.accept(row);
            } catch (FeedException e) {
                error(e.row(), e.column(), e.getMessage());
            }
        }
    }
}
