package it.albero.sector.pnrr.internal;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.spi.BaseIndicatorType;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;

/**
 * {@code pnrr.finanziamento}: the financing of a PNRR measure disbursed against the amount expected ("Erogazione
 * del finanziamento rimasto € 252.118"). Each measurement is a tranche disbursed (with its decree as evidence);
 * tranches add up.
 */
@Component(service = IndicatorType.class)
public class FundingType extends BaseIndicatorType {

    static final String ID = "pnrr.finanziamento";

    public FundingType() {
        super(ID, PnrrModule.ID, "Finanziamento PNRR erogato su atteso",
                Schema.of(
                        Field.required("importo_atteso", Kind.NUMERO, "Importo atteso (€)"),
                        Field.optional("scadenza", Kind.DATA, "Scadenza")),
                Schema.of(
                        Field.required("importo", Kind.NUMERO, "Importo erogato (€, una tranche)"),
                        Field.optional("atto", Kind.TESTO, "Decreto o mandato di erogazione")));
    }

    @Override
    protected List<String> validateParameters(Indicator indicator) {
        return indicator.parameters().requireNumber("importo_atteso").signum() > 0 ? List.of()
                : List.of("l'importo atteso deve essere positivo");
    }

    @Override
    public Evaluation evaluate(EvaluationContext ctx) {
        if (ctx.measurements().isEmpty()) {
            return noData(ctx, "erogazioni del finanziamento");
        }
        BigDecimal expected = ctx.indicator().parameters().requireNumber("importo_atteso");
        BigDecimal paid = BigDecimal.ZERO;
        for (Measurement m : ctx.measurements()) {
            paid = paid.add(m.values().requireNumber("importo"));
        }
        double share = paid.doubleValue() / expected.doubleValue();
        int tranches = ctx.measurements().size();
        String text = "€ " + Texts.number(paid) + " erogati su € " + Texts.number(expected) + " attesi: "
                + Texts.percent(share) + " (" + tranches + (tranches == 1 ? " erogazione)." : " erogazioni).");
        return grade(ctx, share, text, true);
    }
}
