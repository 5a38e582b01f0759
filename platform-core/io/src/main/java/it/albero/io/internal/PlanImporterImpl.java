package it.albero.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import it.albero.api.engine.Engine;
import it.albero.api.io.ImportProblem;
import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.io.PlanImporter;
import it.albero.api.model.Plan;
import it.albero.api.store.ConflictException;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.StoreException;
import it.albero.api.store.ValidationException;

/** Imports plan files into the store, all or nothing. */
@Component(service = PlanImporter.class)
public class PlanImporterImpl implements PlanImporter {

    /** Larger files are refused before reading them. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    @Reference
    PlanStore store;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Engine engine;

    private final PlanFiles files = new PlanFiles(new ItalianParser());

    public PlanImporterImpl() {
    }

    /** For tests. */
    PlanImporterImpl(PlanStore store, Engine engine) {
        this.store = store;
        this.engine = engine;
    }

    @Override
    public ImportReport importFile(Path file, boolean dryRun, String author) {
        String name = file.toString();
        Optional<PlanFormat> format = PlanFormat.ofFileName(name);
        if (format.isEmpty()) {
            return failed(name, null, dryRun, "estensione non riconosciuta: usare .yaml, .yml, .csv o .xlsx");
        }
        try {
            if (!Files.isRegularFile(file)) {
                return failed(name, format.get(), dryRun, "file non trovato");
            }
            if (Files.size(file) > MAX_BYTES) {
                return failed(name, format.get(), dryRun, "file troppo grande (oltre 50 MB)");
            }
            return importBytes(name, format.get(), Files.readAllBytes(file), dryRun, author);
        } catch (IOException e) {
            return failed(name, format.get(), dryRun, "file non leggibile: " + e.getMessage());
        }
    }

    @Override
    public ImportReport importStream(String fileName, PlanFormat format, InputStream in, boolean dryRun,
                                     String author) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return failed(fileName, format, dryRun, "file troppo grande (oltre 50 MB)");
            }
            return importBytes(fileName, format, bytes, dryRun, author);
        } catch (IOException e) {
            return failed(fileName, format, dryRun, "file non leggibile: " + e.getMessage());
        }
    }

    private ImportReport importBytes(String name, PlanFormat format, byte[] bytes, boolean dryRun, String author) {
        Engine e = engine;
        List<ImportProblem> extra = new ArrayList<>();
        PlanBuilder.TypeValidation types = e == null ? PlanBuilder.NONE : new EngineValidation(e);
        if (e == null) {
            extra.add(new ImportProblem(name, 0, "-", "motore non disponibile: i parametri dei tipi non sono"
                    + " stati verificati"));
        }
        PlanFiles.Result read = files.read(name, format, bytes, types);
        List<ImportProblem> warnings = new ArrayList<>(extra);
        warnings.addAll(read.problems().warnings());
        if (read.plan() == null) {
            return new ImportReport(name, format, null, read.problems().errors(), warnings, dryRun, false, 0, 0,
                    Map.of(), read.proposed());
        }
        Plan plan = read.plan();
        PlanKey key = PlanKey.of(plan);
        Optional<PlanSummary> existing;
        try {
            existing = store.summary(key);
        } catch (StoreException ex) {
            return failed(name, format, dryRun, "archivio non disponibile: " + ex.getMessage());
        }
        int replaced = existing.map(PlanSummary::version).orElse(0);
        if (existing.isPresent()) {
            warnings.add(new ImportProblem(name, 0, "-", "il piano " + key + " esiste già (versione " + replaced
                    + "): " + (dryRun ? "l'importazione lo sostituirebbe" : "sostituito") + " con una nuova versione;"
                    + " le rilevazioni sono mantenute"));
            plan = new Plan(plan.code(), plan.ente(), plan.title(), plan.startYear(), plan.endYear(),
                    plan.referenceYear(), read.statusGiven() ? plan.status() : existing.get().status(), replaced,
                    plan.units());
        }
        Map<String, Integer> counts = PlanBuilder.indicatorsByUnit(plan);
        if (dryRun) {
            return new ImportReport(name, format, plan, List.of(), warnings, true, false, 0, replaced, counts,
                    read.proposed());
        }
        try {
            PlanSummary saved = store.save(plan, author == null || author.isBlank() ? "albero" : author);
            return new ImportReport(name, format, plan, List.of(), warnings, false, true, saved.version(), replaced,
                    counts, read.proposed());
        } catch (ValidationException ex) {
            List<ImportProblem> errors = ex.problems().stream()
                    .map(p -> new ImportProblem(name, 0, "-", "rifiutato dall'archivio: " + p)).toList();
            return new ImportReport(name, format, null, errors, warnings, false, false, 0, replaced, counts);
        } catch (ConflictException ex) {
            return failed(name, format, false, "il piano è stato modificato nel frattempo: " + ex.getMessage());
        } catch (StoreException ex) {
            return failed(name, format, false, "salvataggio non riuscito, nulla è stato scritto: " + ex.getMessage());
        }
    }

    private static ImportReport failed(String name, PlanFormat format, boolean dryRun, String reason) {
        return new ImportReport(name, format, null, List.of(new ImportProblem(name, 0, "-", reason)), List.of(),
                dryRun, false, 0, 0, Map.of());
    }

    /** The engine's validation, for installed types only; a type that throws is reported, not propagated. */
    private record EngineValidation(Engine engine) implements PlanBuilder.TypeValidation {
        @Override
        public Optional<List<String>> validate(it.albero.api.model.Indicator indicator) {
            if (engine.type(indicator.typeId()).isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(engine.validate(indicator));
            } catch (RuntimeException e) {
                return Optional.of(List.of(indicator.code() + ": il tipo '" + indicator.typeId()
                        + "' non ha potuto verificare i parametri (" + e + ")"));
            }
        }
    }
}
