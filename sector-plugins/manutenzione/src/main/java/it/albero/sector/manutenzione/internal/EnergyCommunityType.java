package it.albero.sector.manutenzione.internal;

import java.math.BigDecimal;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Measurement;
import it.albero.api.spi.EvaluationContext;
import it.albero.api.spi.Field;
import it.albero.api.spi.Field.Kind;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Schema;
import it.albero.api.spi.Texts;

/**
 * {@code manutenzione.cer}: the steps of a renewable energy community promoted by the comune (D.Lgs. 199/2021 art. 31,
 * DM MASE 414/2023): feasibility study, application to a call (the regional "Bando CER"), statute and constitutive act
 * approved by the Council, constitution, request to the GSE for the incentive on shared energy, start of sharing. The
 * latest measurement's plant power and members, when given, are in the explanation.
 */
@Component(service = IndicatorType.class)
public class EnergyCommunityType extends StagesType {

    static final String ID = "manutenzione.cer";

    public EnergyCommunityType() {
        this(ManutenzioneModule.italian());
    }

    EnergyCommunityType(Messages text) {
        super(ID, text.get("cer.label"),
                Schema.of(Field.required("fasi", Kind.ELENCO, text.get("fasi.fasi")).withHelp(text.get("cer.fasi.help"))),
                Schema.of(
                        Field.choice("fase", text.get("fasi.fase"), true, Stages.CER.order()),
                        Field.optional("atto", Kind.TESTO, text.get("fasi.atto")),
                        Field.optional("potenza_kw", Kind.NUMERO, text.get("cer.potenza_kw")),
                        Field.optional("membri", Kind.INTERO, text.get("cer.membri"))),
                Stages.CER, text);
    }

    @Override
    protected String extra(EvaluationContext ctx) {
        Optional<BigDecimal> power = Optional.empty();
        Optional<BigDecimal> members = Optional.empty();
        for (Measurement m : ctx.measurements()) {
            power = m.values().number("potenza_kw").isPresent() ? m.values().number("potenza_kw") : power;
            members = m.values().number("membri").isPresent() ? m.values().number("membri") : members;
        }
        return power.map(p -> text.get("cer.power", Texts.number(p))).orElse("")
                + members.map(n -> text.get("cer.members", n.longValue())).orElse("");
    }
}
