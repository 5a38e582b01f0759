package it.albero.sector.risorseumane.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Pace;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Targets;
import it.albero.api.spi.Texts;

/**
 * {@code risorse-umane.formazione-syllabus}: the share of the employees involved who reached at least one training
 * level above their access level on the Syllabus platform of the Dipartimento della Funzione Pubblica
 * ("Conseguimento di almeno un livello di formazione ... per il 75% dei dipendenti coinvolti"), and that every new
 * employee is enabled on the platform ("Abilitazione di tutti i nuovi dipendenti"): with {@code nuovi_dipendenti}
 * the attainment is the lower of the level share over the target and the enabled over the new employees.
 * Measurements are cumulative: the latest counts.
 */
@Component(service = IndicatorType.class)
public class SyllabusTrainingType extends BaseIndicatorType {

    static final String ID = "risorse-umane.formazione-syllabus";

    private final Messages text;

    public SyllabusTrainingType() {
        this(RisorseUmaneModule.italian());
    }

    SyllabusTrainingType(Messages text) {
        super(ID, RisorseUmaneModule.ID, text.get("syllabus.label"),
                Schema.of(
                        Field.required("target", Kind.PERCENTUALE, text.get("syllabus.target")),
                        Field.optional("scadenza", Kind.DATA, text.get("scadenza"))),
                Schema.of(
                        Field.required("coinvolti", Kind.INTERO, text.get("syllabus.coinvolti")),
                        Field.required("livello_conseguito", Kind.INTERO, text.get("syllabus.livello_conseguito"))
                                .withHelp(text.get("syllabus.livello_conseguito.help")),
                        Field.optional("nuovi_dipendenti", Kind.INTERO, text.get("syllabus.nuovi_dipendenti"))
                                .withHelp(text.get("syllabus.nuovi_dipendenti.help"))));
        this.text = text;
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return Targets.problem(indicator.parameters(), false).stream().toList();
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        Optional<Measurement> last = latest(ctx);
        if (last.isEmpty()) {
            return noData(ctx, text.get("syllabus.noData"));
        }
        Values v = last.get().values();
        long involved = v.requireNumber("coinvolti").longValue();
        long levelled = v.requireNumber("livello_conseguito").longValue();
        long newcomers = v.number("nuovi_dipendenti").map(n -> n.longValue()).orElse(-1L);
        String date = Texts.date(last.get().date());
        if (levelled > involved) {
            return Evaluation.without(Status.ERRORE, text.get("syllabus.incoherent", date, levelled, involved));
        }
        if (involved == 0) {
            return noData(ctx, text.get("syllabus.noData"));
        }
        double target = Targets.share(ctx.indicator().parameters());
        double share = (double) levelled / involved;
        double attainment = share / target;
        String enabled = "";
        if (newcomers > 0) {
            double enabledShare = Math.min(1.0, (double) involved / newcomers);
            attainment = Math.min(attainment, enabledShare);
            enabled = text.get(involved >= newcomers ? "syllabus.enabled.all" : "syllabus.enabled.some", involved, newcomers);
        }
        String words = text.get("syllabus.result", levelled, involved, Texts.percent(share), Texts.percent(target), enabled);
        LocalDate due = deadline(ctx).orElse(LocalDate.of(ctx.referenceYear(), 12, 31));
        return grade(ctx, attainment, words, Pace.onPace(attainment, LocalDate.of(ctx.referenceYear(), 1, 1), due, ctx.asOf()));
    }
}
