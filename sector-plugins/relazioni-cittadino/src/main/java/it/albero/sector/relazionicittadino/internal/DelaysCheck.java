package it.albero.sector.relazionicittadino.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.spi.BaseCheck;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Term;
import it.albero.api.spi.Texts;
import it.albero.api.spi.Window;

/**
 * {@code relazioni-cittadino.ritardi}: what a communication office must act on today. A recurring publication that has
 * stopped (no issue in the last periods: three weeks, two half months, two months) is a warning, as is each request of
 * a citizen still without an answer past the legal term.
 */
@Component(service = Check.class)
public class DelaysCheck extends BaseCheck {

    static final String ID = "relazioni-cittadino.ritardi";

    private final Messages text;

    public DelaysCheck() {
        this(RelazioniCittadinoModule.italian());
    }

    DelaysCheck(Messages text) {
        super(ID, RelazioniCittadinoModule.ID, text.get("ritardi.label"));
        this.text = text;
    }

    /** The consecutive periods without an issue after which a publication has stopped. */
    static int stopAfter(String frequency) {
        return "settimanale".equals(frequency) ? 3 : 2;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        int year = context.plan().referenceYear();
        for (Indicator i : context.indicators()) {
            try {
                if (PublicationsType.ID.equals(i.typeId())) {
                    stalled(context, i, year, out);
                } else if (AnswersType.ID.equals(i.typeId())) {
                    for (Term r : AnswersType.requests(i, context.measurements(i.code()))) {
                        if (r.end().isEmpty() && context.asOf().isAfter(r.due())) {
                            out.add(new Finding(ID, Severity.AVVISO, i.code(), text.get("ritardi.answer", r.name(),
                                    Texts.date(r.start()), r.elapsed(context.asOf()), r.days())));
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                out.add(new Finding(ID, Severity.ERRORE, i.code(), e.getMessage()));
            }
        }
        return out;
    }

    private void stalled(CheckContext context, Indicator i, int year, List<Finding> out) {
        String frequency = i.parameters().requireText("periodicita");
        Window w = PublicationsType.window(i, year);
        List<Measurement> ms = context.measurements(i.code()).stream().filter(m -> w.contains(m.date())).toList();
        List<Window> ended = Periods.of(w, frequency).stream().filter(p -> p.to().isBefore(context.asOf())).toList();
        int n = stopAfter(frequency);
        if (ended.size() < n) {
            return;
        }
        List<Window> last = ended.subList(ended.size() - n, ended.size());
        if (last.stream().noneMatch(p -> Periods.covered(p, ms))) {
            String since = ms.stream().filter(m -> !m.date().isAfter(context.asOf())).reduce((a, b) -> b)
                    .map(m -> text.get("ritardi.lastIssue", Texts.date(m.date()))).orElse(text.get("ritardi.noIssue"));
            String channel = i.parameters().text("canale").orElse(text.get("ritardi.publication")) + ": ";
            out.add(new Finding(ID, Severity.AVVISO, i.code(), text.get("ritardi.stopped." + frequency, channel, n,
                    Texts.date(last.get(0).from()), since)));
        }
    }
}
