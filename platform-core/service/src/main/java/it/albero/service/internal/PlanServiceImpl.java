package it.albero.service.internal;

import java.io.InputStream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import it.albero.api.io.ImportReport;
import it.albero.api.io.PlanFormat;
import it.albero.api.io.PlanImporter;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.ScoreOverride;
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
        return importer.importStream(fileName, format, in, dryRun, caller.name());
    }

    @Override
    public PlanSummary changeStatus(Caller caller, PlanKey plan, PlanStatus status, int expectedVersion) {
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
        access.require(caller, Permission.OVERRIDE, null);
        summary(plan);
        return overrides.set(plan, nodeCode, score, note, caller.name());
    }

    @Override
    public void clearOverride(Caller caller, PlanKey plan, String nodeCode, String note) {
        access.require(caller, Permission.OVERRIDE, null);
        summary(plan);
        overrides.clear(plan, nodeCode, note, caller.name());
    }

    private PlanSummary summary(PlanKey plan) {
        return plans.summary(plan).orElseThrow(() -> new NotFoundException("Piano " + plan + " non trovato."));
    }
}
