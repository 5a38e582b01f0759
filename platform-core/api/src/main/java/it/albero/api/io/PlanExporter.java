package it.albero.api.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.model.Plan;

/** Writes a plan in one of the plan file formats; importing the result gives back the same plan. */
@ProviderType
public interface PlanExporter {

    /** Writes the plan to a stream (not closed). */
    void export(Plan plan, PlanFormat format, OutputStream out) throws IOException;

    /** Writes the plan to a file, replacing it. */
    void export(Plan plan, PlanFormat format, Path file) throws IOException;
}
