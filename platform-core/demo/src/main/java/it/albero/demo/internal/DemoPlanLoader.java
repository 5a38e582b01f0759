package it.albero.demo.internal;

import java.io.IOException;
import java.io.InputStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.io.PlanImporter;
import it.albero.api.store.PlanStore;
import it.albero.api.store.StoreException;

/**
 * Imports the demo plan (Comune di Cesano Boscone, PIAO 2025-2027, the file {@value #SEED} of this bundle) when the
 * store has no plan at all, so that a demo distribution shows a real tree at first start.
 * <p>
 * It only ever adds: once any plan is stored it does nothing (no second copy, no overwritten edits), and it never
 * deletes, so uninstalling the feature {@code albero-demo} leaves the plan it loaded in the store. A real
 * installation leaves the feature out (see the README), and its empty store then stays empty.
 */
@Component(immediate = true)
public class DemoPlanLoader {

    /** The demo plan, a resource of this bundle. */
    static final String SEED = "seed/cesano-boscone-2025.yaml";
    /** The author of the import in the audit trail. */
    static final String AUTHOR = "albero-seed";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPlanLoader.class);

    private final PlanStore store;
    private final PlanImporter importer;

    @Activate
    public DemoPlanLoader(@Reference PlanStore store, @Reference PlanImporter importer) {
        this.store = store;
        this.importer = importer;
        load();
    }

    /** @return the report of the import, or {@code null} when nothing was tried */
    ImportReport load() {
        try {
            if (!store.plans().isEmpty()) {
                LOG.debug("Piano dimostrativo non caricato: l'archivio ha già dei piani");
                return null;
            }
        } catch (StoreException e) {
            LOG.error("Piano dimostrativo non caricato: archivio non disponibile: {}", e.getMessage());
            return null;
        }
        try (InputStream in = DemoPlanLoader.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                LOG.error("Piano dimostrativo {} assente dal bundle", SEED);
                return null;
            }
            ImportReport r = importer.importStream(SEED, PlanFormat.YAML, in, false, AUTHOR);
            if (r.written()) {
                LOG.info("Piano dimostrativo caricato: {}/{} ({} indicatori), versione {}", r.plan().ente().code(),
                        r.plan().code(), r.plan().indicators().size(), r.version());
            } else {
                LOG.error("Piano dimostrativo non caricato: {} errori; il primo: {}", r.errors().size(),
                        r.errors().isEmpty() ? "" : r.errors().get(0));
            }
            r.warnings().stream().limit(20).forEach(w -> LOG.debug("Piano dimostrativo: {}", w));
            return r;
        } catch (IOException e) {
            LOG.error("Piano dimostrativo non leggibile: {}", e.getMessage());
            return null;
        }
    }
}
