package it.albero.io.internal;

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
 * Loads the embedded seed plan (Comune di Cesano Boscone, 2025-2027) when the store has no plan at all, so that
 * a fresh distribution shows the real tree. Idempotent: once any plan is stored it does nothing, so it never
 * makes a second copy nor overwrites edits.
 */
@Component(immediate = true)
public class SeedLoader {

    static final String SEED = "seed/cesano-boscone-2025.yaml";
    static final String AUTHOR = "albero-seed";

    private static final Logger LOG = LoggerFactory.getLogger(SeedLoader.class);

    @Reference
    PlanStore store;

    @Reference
    PlanImporter importer;

    @Activate
    void activate() {
        load();
    }

    /** @return the report, or {@code null} when nothing was tried */
    ImportReport load() {
        try {
            if (!store.plans().isEmpty()) {
                LOG.debug("Piano iniziale non caricato: l'archivio ha già dei piani");
                return null;
            }
        } catch (StoreException e) {
            LOG.error("Piano iniziale non caricato: archivio non disponibile: {}", e.getMessage());
            return null;
        }
        try (InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                LOG.warn("Piano iniziale {} assente dal bundle", SEED);
                return null;
            }
            ImportReport r = importer.importStream(SEED, PlanFormat.YAML, in, false, AUTHOR);
            if (r.written()) {
                LOG.info("Piano iniziale caricato: {}/{} ({} indicatori), versione {}", r.plan().ente().code(),
                        r.plan().code(), r.plan().indicators().size(), r.version());
            } else {
                LOG.error("Piano iniziale non caricato: {} errori; il primo: {}", r.errors().size(),
                        r.errors().isEmpty() ? "" : r.errors().get(0));
            }
            r.warnings().stream().limit(20).forEach(w -> LOG.debug("Piano iniziale: {}", w));
            return r;
        } catch (IOException e) {
            LOG.error("Piano iniziale non leggibile: {}", e.getMessage());
            return null;
        }
    }
}
