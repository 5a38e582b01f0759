package it.albero.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.osgi.service.component.annotations.Component;

import it.albero.api.io.PlanExporter;
import it.albero.api.io.PlanFormat;
import it.albero.api.model.Plan;

/** Writes plans as YAML, CSV or XLSX. */
@Component(service = PlanExporter.class)
public class PlanExporterImpl implements PlanExporter {

    private final PlanFiles files = new PlanFiles(new ItalianParser());

    @Override
    public void export(Plan plan, PlanFormat format, OutputStream out) throws IOException {
        files.write(plan, format, out);
    }

    /** Written to a temporary file beside the target, then moved: a failed export leaves no half file. */
    @Override
    public void export(Plan plan, PlanFormat format, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".albero-export", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                files.write(plan, format, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
