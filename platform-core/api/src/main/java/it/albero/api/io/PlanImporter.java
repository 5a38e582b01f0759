package it.albero.api.io;

import java.io.InputStream;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads a plan file, validates it and stores it, all or nothing. Bad content never throws: every problem is
 * in the report as {@code file:riga:colonna: motivo}, in Italian, and nothing is written. A plan that is
 * already stored (same ente and plan code) is replaced by a new version, its measurements kept.
 * Texts without a typed form ({@code tipo}) get the one the Italian parser proposes, marked for review
 * when it is a guess.
 */
@ProviderType
public interface PlanImporter {

    /**
     * Imports a file, its format told by its extension ({@code .yaml}, {@code .yml}, {@code .csv}, {@code .xlsx}).
     *
     * @param dryRun when {@code true}, reports the same as an import but writes nothing
     * @param author who imports (written to the audit trail)
     */
    ImportReport importFile(Path file, boolean dryRun, String author);

    /**
     * Imports from a stream (e.g. an upload).
     *
     * @param fileName the name used in the messages
     */
    ImportReport importStream(String fileName, PlanFormat format, InputStream in, boolean dryRun, String author);
}
