package it.albero.sector.finanziario.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Indicator;
import it.albero.api.model.Values;
import it.albero.api.spi.BaseCheck;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Texts;
import it.albero.api.spi.Window;

/**
 * {@code finanziario.fondo-garanzia-debiti}: the rules of the 2019 budget law (L. 145/2018, c. 859-862) on the
 * "fondo di garanzia debiti commerciali" (FGDC). For each payment-timeliness indicator, on the invoices paid in the
 * year before the reference year: a positive ITP, or a commercial-debt stock at 31 December that did not fall by at
 * least 10% on the year before (unless it is within 5% of the invoices received), requires the fund in the reference
 * year, at 5% of the appropriations for goods and services (debt not reduced, or ITP over 60 days), 3% (31-60 days),
 * 2% (11-30) or 1% (1-10). The ITP of the reference year so far, if positive, warns that the fund will be due the
 * year after.
 */
@Component(service = Check.class)
public class GuaranteeFundCheck extends BaseCheck {

    static final String ID = "finanziario.fondo-garanzia-debiti";

    private final Messages text;

    public GuaranteeFundCheck() {
        this(FinanziarioModule.italian());
    }

    GuaranteeFundCheck(Messages text) {
        super(ID, FinanziarioModule.ID, text.get("fgdc.label"));
        this.text = text;
    }

    /** The share of the appropriations the fund must hold for an ITP in days (0 when none is due). */
    static int fundPercent(BigDecimal itp) {
        if (itp.signum() <= 0) {
            return 0;
        }
        if (itp.compareTo(BigDecimal.valueOf(60)) > 0) {
            return 5;
        }
        if (itp.compareTo(BigDecimal.valueOf(30)) > 0) {
            return 3;
        }
        return itp.compareTo(BigDecimal.TEN) > 0 ? 2 : 1;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        int year = context.plan().referenceYear();
        for (Indicator i : context.indicators()) {
            if (!PaymentTimelinessType.ID.equals(i.typeId())) {
                continue;
            }
            var ms = context.measurements(i.code());
            List<Itp.Invoice> previous = Itp.paidIn(ms, Window.year(year - 1));
            int percent = 0;
            List<String> reasons = new ArrayList<>();
            if (!previous.isEmpty()) {
                BigDecimal itp = Itp.of(previous, 0).days();
                percent = fundPercent(itp);
                if (percent > 0) {
                    reasons.add(text.get("fgdc.itp", year - 1, Texts.number(itp)));
                }
            }
            Optional<String> debt = debtNotReduced(i.parameters(), year);
            if (debt.isPresent()) {
                percent = 5;
                reasons.add(debt.get());
            }
            if (percent > 0) {
                out.add(new Finding(ID, Severity.AVVISO, i.code(), text.get("fgdc.due", String.join("; ", reasons), year,
                        percent)));
            } else if (previous.isEmpty() && i.parameters().number("debito_commerciale").isEmpty()) {
                out.add(new Finding(ID, Severity.INFO, i.code(), text.get("fgdc.unknown", year - 1)));
            }
            Window soFar = Window.year(year);
            if (soFar.contains(context.asOf())) {
                soFar = new Window(soFar.from(), context.asOf());
            }
            List<Itp.Invoice> current = Itp.paidIn(ms, soFar);
            if (!current.isEmpty()) {
                BigDecimal itp = Itp.of(current, 0).days();
                if (itp.signum() > 0) {
                    out.add(new Finding(ID, Severity.AVVISO, i.code(), text.get("fgdc.current", year, Texts.number(itp),
                            year + 1, fundPercent(itp))));
                }
            }
        }
        return out;
    }

    /** The debt-stock rule, when the indicator gives the stocks: why the fund is due, if it is. */
    private Optional<String> debtNotReduced(Values p, int year) {
        Optional<BigDecimal> last = p.number("debito_commerciale");
        Optional<BigDecimal> before = p.number("debito_commerciale_base");
        if (last.isEmpty() || before.isEmpty() || before.get().signum() <= 0) {
            return Optional.empty();
        }
        double reduction = 1 - last.get().doubleValue() / before.get().doubleValue();
        if (reduction >= 0.1) {
            return Optional.empty();
        }
        Optional<BigDecimal> received = p.number("fatture_ricevute");
        if (received.isPresent() && last.get().doubleValue() <= 0.05 * received.get().doubleValue()) {
            return Optional.empty();
        }
        return Optional.of(text.get("fgdc.debt", Texts.number(last.get()), year - 1, Texts.number(before.get()), year - 2,
                Texts.percent(reduction)));
    }
}
