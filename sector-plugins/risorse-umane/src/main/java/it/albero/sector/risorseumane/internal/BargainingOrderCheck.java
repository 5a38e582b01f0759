package it.albero.sector.risorseumane.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Indicator;
import it.albero.api.spi.BaseCheck;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Steps.Done;
import it.albero.api.spi.Texts;

/**
 * {@code risorse-umane.ordine-contrattazione}: the recorded steps of every bargaining indicator come in the legal
 * order, and the definitive signature (or the unilateral act) follows the constitution of the fund and, for the
 * signature, the auditors' certification of the costs (art. 40-bis c. 1 D.Lgs. 165/2001): an error, since a contract
 * signed without them binds the comune to costs nobody certified. Planned steps whose dates are out of order are a
 * warning.
 */
@Component(service = Check.class)
public class BargainingOrderCheck extends BaseCheck {

    static final String ID = "risorse-umane.ordine-contrattazione";

    private final Messages text;

    public BargainingOrderCheck() {
        this(RisorseUmaneModule.italian());
    }

    BargainingOrderCheck(Messages text) {
        super(ID, RisorseUmaneModule.ID, text.get("ordine.label"));
        this.text = text;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : context.indicators()) {
            if (!BargainingType.ID.equals(i.typeId())) {
                continue;
            }
            List<Done> done;
            try {
                done = Bargaining.done(context.measurements(i.code()));
            } catch (IllegalArgumentException e) {
                out.add(new Finding(ID, Severity.ERRORE, i.code(), e.getMessage()));
                continue;
            }
            for (Done d : done) {
                String name = d.step().name();
                if (name.equals(Bargaining.SIGNATURE) || name.equals(Bargaining.UNILATERAL)) {
                    requireBefore(out, i, done, d, Bargaining.FUND);
                }
                if (name.equals(Bargaining.SIGNATURE)) {
                    requireBefore(out, i, done, d, Bargaining.CERTIFICATION);
                }
            }
            for (Done[] pair : Bargaining.PATH.inversions(done)) {
                out.add(new Finding(ID, Severity.ERRORE, i.code(), text.get("ordine.inverted", step(pair[0]),
                        Texts.date(pair[0].date()), step(pair[1]), Texts.date(pair[1].date()))));
            }
            var planned = Bargaining.planned(i, i.parameters().date("scadenza").or(() -> i.timing().deadline()));
            for (var pair : Bargaining.PATH.planInversions(planned)) {
                out.add(new Finding(ID, Severity.AVVISO, i.code(), text.get("ordine.planned",
                        text.get("fase." + pair[1].step().name()), text.get("fase." + pair[0].step().name()))));
            }
        }
        return out;
    }

    private String step(Done d) {
        return text.get("fase." + d.step().name());
    }

    /** An error when the step {@code required} is not recorded on or before the day of {@code d}. */
    private void requireBefore(List<Finding> out, Indicator i, List<Done> done, Done d, String required) {
        boolean before = done.stream().anyMatch(x -> x.step().name().equals(required) && !x.date().isAfter(d.date()));
        if (!before) {
            out.add(new Finding(ID, Severity.ERRORE, i.code(), text.get("ordine.requires", step(d), Texts.date(d.date()),
                    text.get("fase." + required))));
        }
    }
}
