package it.albero.api.spi;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;

/** What a check receives: the plan, the scope and the measurements. */
@ProviderType
public interface CheckContext {

    Plan plan();

    /** The units in scope: all of the plan's, or the one asked for. */
    List<OrgUnit> units();

    /** The indicators in scope, depth first. */
    List<Indicator> indicators();

    /** All measurements of an indicator (whatever their date), oldest first. */
    List<Measurement> measurements(String indicatorCode);

    /** The date the check is made as of (today on the console unless asked otherwise). */
    LocalDate asOf();

    /** Evaluates an indicator as of {@link #asOf()} with the installed types (for checks on pace). */
    Evaluation evaluate(Indicator indicator);
}
