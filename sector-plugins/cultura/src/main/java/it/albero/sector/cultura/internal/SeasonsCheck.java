package it.albero.sector.cultura.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Indicator;
import it.albero.api.spi.BaseCheck;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Window;

/**
 * {@code cultura.stagioni}: the seasons of the module's indicators and the baseline of attendance. A season longer than
 * a year, or ending after the plan's last year (its measurements could not be recorded), is an error; a season that
 * does not touch the reference year is a warning. An attendance growth with neither a {@code base} in the plan nor
 * measurements of the previous season cannot be evaluated: a warning that says what to record.
 */
@Component(service = Check.class)
public class SeasonsCheck extends BaseCheck {

    static final String ID = "cultura.stagioni";

    private final Messages text;

    public SeasonsCheck() {
        this(CulturaModule.italian());
    }

    SeasonsCheck(Messages text) {
        super(ID, CulturaModule.ID, text.get("stagioni.label"));
        this.text = text;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        var plan = context.plan();
        for (Indicator i : context.indicators()) {
            if (!AttendanceType.ID.equals(i.typeId()) && !InitiativesType.ID.equals(i.typeId())) {
                continue;
            }
            Window season;
            try {
                season = Seasons.of(i, plan.referenceYear());
            } catch (IllegalArgumentException e) {
                out.add(new Finding(ID, Severity.ERRORE, i.code(), e.getMessage()));
                continue;
            }
            if (season.to().isAfter(season.from().plusYears(1).minusDays(1))) {
                out.add(new Finding(ID, Severity.ERRORE, i.code(), text.get("stagioni.long", season.text())));
            }
            if (season.to().getYear() > plan.endYear()) {
                out.add(new Finding(ID, Severity.ERRORE, i.code(), text.get("stagioni.afterPlan", season.text(), plan.endYear())));
            }
            if (season.intersect(Window.year(plan.referenceYear())).isEmpty()) {
                out.add(new Finding(ID, Severity.AVVISO, i.code(), text.get("stagioni.outside", season.text(), plan.referenceYear())));
            }
            if (AttendanceType.ID.equals(i.typeId())) {
                Optional<Long> base = AttendanceType.baseline(i, season, context.measurements(i.code()));
                if (base.isEmpty()) {
                    out.add(new Finding(ID, Severity.AVVISO, i.code(), text.get("stagioni.noBase",
                            Seasons.previous(season).text())));
                }
            }
        }
        return out;
    }
}
