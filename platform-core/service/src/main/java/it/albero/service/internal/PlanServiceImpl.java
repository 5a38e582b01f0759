package it.albero.service.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.io.PlanImporter;
import it.albero.api.model.Ente;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.ScoreOverride;
import it.albero.api.service.AccessDeniedException;
import it.albero.api.service.AccessPolicy;
import it.albero.api.service.Caller;
import it.albero.api.service.NotFoundException;
import it.albero.api.service.Permission;
import it.albero.api.service.PlanService;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;
import it.albero.api.store.PlanSummary;
import it.albero.api.store.ValidationException;

/** Import, lifecycle and overrides behind the access policy; the store keeps versions, locks and the audit trail. */
@Component(service = PlanService.class)
public class PlanServiceImpl implements PlanService {

    private final PlanStore plans;
    private final OverrideStore overrides;
    private final PlanImporter importer;
    private final AccessPolicy access;

    @Activate
    public PlanServiceImpl(@Reference PlanStore plans, @Reference OverrideStore overrides,
                           @Reference PlanImporter importer, @Reference AccessPolicy access) {
        this.plans = plans;
        this.overrides = overrides;
        this.importer = importer;
        this.access = access;
    }

    @Override
    public ImportReport importPlan(Caller caller, String fileName, PlanFormat format, InputStream in, boolean dryRun) {
        access.require(caller, Permission.EDIT_PLAN, null);
        if (caller.enti().isEmpty()) {
            return importer.importStream(fileName, format, in, dryRun, caller.name());
        }
        // a user limited to some enti: read the file once without writing, to learn its ente, and write only then
        byte[] content;
        try {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new ValidationException("File " + fileName + " non leggibile: " + e.getMessage() + ".");
        }
        ImportReport check = importer.importStream(fileName, format, new ByteArrayInputStream(content), true,
                caller.name());
        if (check.plan() != null && !access.seesEnte(caller, check.plan().ente().code())) {
            throw new AccessDeniedException("L'utente '" + caller.name() + "' non può importare piani dell'ente '"
                    + check.plan().ente().code() + "' (il file " + fileName + " è di quell'ente): nulla è stato"
                    + " scritto.");
        }
        return dryRun ? check
                : importer.importStream(fileName, format, new ByteArrayInputStream(content), false, caller.name());
    }

    @Override
    public PlanSummary changeStatus(Caller caller, PlanKey plan, PlanStatus status, int expectedVersion) {
        access.requirePlan(caller, plan);
        access.require(caller, status == PlanStatus.VALIDATO ? Permission.VALIDATE : Permission.PLAN_STATUS, null);
        PlanSummary summary = summary(plan);
        if (!summary.status().canMoveTo(status)) {
            throw new ValidationException("Passaggio non ammesso: il piano " + plan + " è '"
                    + summary.status().label() + "'" + (summary.status() == PlanStatus.VALIDATO
                    ? " (validato: definitivo)." : "; lo stato successivo è '"
                    + PlanStatus.values()[summary.status().ordinal() + 1].label() + "'."));
        }
        return plans.updateStatus(plan, status, expectedVersion, caller.name());
    }

    @Override
    public ScoreOverride override(Caller caller, PlanKey plan, String nodeCode, double score, String note) {
        access.requirePlan(caller, plan);
        access.require(caller, Permission.OVERRIDE, null);
        summary(plan);
        return overrides.set(plan, nodeCode, score, note, caller.name());
    }

    @Override
    public void clearOverride(Caller caller, PlanKey plan, String nodeCode, String note) {
        access.requirePlan(caller, plan);
        access.require(caller, Permission.OVERRIDE, null);
        summary(plan);
        overrides.clear(plan, nodeCode, note, caller.name());
    }

    @Override
    public List<Ente> enti(Caller caller) {
        access.require(caller, Permission.READ, null);
        return plans.enti().stream().filter(e -> access.seesEnte(caller, e.code())).toList();
    }

    @Override
    public List<PlanSummary> plans(Caller caller) {
        access.require(caller, Permission.READ, null);
        return plans.plans().stream().filter(p -> access.seesEnte(caller, p.ente().code())).toList();
    }

    @Override
    public Optional<PlanSummary> current(Caller caller) {
        access.require(caller, Permission.READ, null);
        if (caller.enti().isEmpty()) {
            return plans.current(); // not limited to any ente (as the policy reads the ente- roles): one query
        }
        List<Ente> all = plans.enti();
        List<Ente> seen = all.stream().filter(e -> access.seesEnte(caller, e.code())).toList();
        if (seen.size() == all.size()) {
            return plans.current();
        }
        return seen.stream().map(e -> plans.current(e.code())).flatMap(Optional::stream)
                .max(Comparator.comparingInt(PlanSummary::referenceYear)
                        .thenComparing(PlanSummary::savedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    @Override
    public Optional<PlanSummary> current(Caller caller, String enteCode) {
        access.require(caller, Permission.READ, null);
        return access.seesEnte(caller, enteCode) ? plans.current(enteCode) : Optional.empty();
    }

    @Override
    public PlanSummary plan(Caller caller, PlanKey plan) {
        access.require(caller, Permission.READ, null);
        access.requirePlan(caller, plan);
        return summary(plan);
    }

    private PlanSummary summary(PlanKey plan) {
        return plans.summary(plan).orElseThrow(() -> new NotFoundException("Piano " + plan + " non trovato."));
    }
}
