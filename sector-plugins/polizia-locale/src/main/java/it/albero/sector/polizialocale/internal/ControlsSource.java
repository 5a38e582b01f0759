package it.albero.sector.polizialocale.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import it.albero.api.feed.FeedContext;
import it.albero.api.feed.FeedException;
import it.albero.api.feed.FeedRecord;
import it.albero.api.feed.FeedRow;
import it.albero.api.feed.FeedSource;
import it.albero.api.feed.FeedTable;
import it.albero.api.model.Indicator;
import it.albero.api.spi.Window;

/**
 * The register of controls (and of the offences found) as the Polizia Locale keeps it: one row per control with its
 * date, the indicator it counts for, its outcome and place. Controls are counted per indicator and day, only inside
 * the indicator's season ({@code finestra}, the plan's year by default): a control outside it is reported and not
 * counted, as the indicator's type would not count it either.
 */
@Component(service = FeedSource.class)
public class ControlsSource implements FeedSource {

    static final String ID = PoliziaLocaleModule.ID + ".controlli";
    static final String DATE = "data";
    static final String INDICATOR = "indicatore";
    static final String OUTCOME = "esito";
    static final String PLACE = "luogo";
    /** Outcomes that mean an offence was found. */
    static final Set<String> OFFENCES = Set.of("illecito", "sanzione", "verbale", "irregolare", "violazione");
    static final Set<String> REGULAR = Set.of("regolare", "nessuna violazione", "conforme", "");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String moduleId() {
        return PoliziaLocaleModule.ID;
    }

    @Override
    public String label() {
        return "Registro dei controlli (data, indicatore, esito, luogo): controlli e illeciti contati nella stagione";
    }

    @Override
    public List<String> columns() {
        return List.of(DATE, INDICATOR, OUTCOME, PLACE);
    }

    /** The day's count of one indicator. */
    private static final class Day {
        final int firstRow;
        int controls;
        int offences;
        final Set<String> places = new LinkedHashSet<>();

        Day(int firstRow) {
            this.firstRow = firstRow;
        }
    }

    @Override
    public List<FeedRecord> read(FeedTable table, FeedContext context) {
        table.require(DATE, INDICATOR);
        Map<String, Map<LocalDate, Day>> byIndicator = new LinkedHashMap<>();
        context.forEach(table, row -> {
            Indicator indicator = indicator(row, context);
            LocalDate date = row.date(DATE);
            Window w = Window.of(indicator.parameters(), "finestra")
                    .orElse(Window.year(context.plan().referenceYear()));
            if (!w.contains(date)) {
                context.warning(row.number(), DATE, "controllo del " + it.albero.api.spi.Texts.date(date) + " fuori"
                        + " dal periodo di " + indicator.code() + " (" + w.words() + "): non conteggiato");
                return;
            }
            boolean offence = offence(row);
            Day day = byIndicator.computeIfAbsent(indicator.code(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(date, d -> new Day(row.number()));
            day.controls++;
            if (offence) {
                day.offences++;
            }
            row.optional(PLACE).ifPresent(day.places::add);
        });
        List<FeedRecord> out = new ArrayList<>();
        byIndicator.forEach((code, days) -> days.forEach((date, d) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("controlli", BigDecimal.valueOf(d.controls));
            values.put("illeciti", BigDecimal.valueOf(d.offences));
            if (!d.places.isEmpty()) {
                values.put("luogo", String.join(", ", d.places));
            }
            out.add(new FeedRecord(code, date, values, "Registro dei controlli " + table.fileName(), null,
                    d.firstRow));
        }));
        return out;
    }

    private static Indicator indicator(FeedRow row, FeedContext context) {
        String code = row.text(INDICATOR);
        Optional<Indicator> found = context.plan().indicator(code);
        if (found.isEmpty()) {
            throw new FeedException(row.number(), INDICATOR, "indicatore '" + code + "' non presente nel piano");
        }
        if (!found.get().typeId().equals(TargetedControlsType.ID)) {
            throw new FeedException(row.number(), INDICATOR, "l'indicatore " + code + " è di tipo "
                    + found.get().typeId() + ": il registro dei controlli alimenta solo gli indicatori di tipo "
                    + TargetedControlsType.ID);
        }
        return found.get();
    }

    private static boolean offence(FeedRow row) {
        String outcome = row.optional(OUTCOME).orElse("").toLowerCase(Locale.ROOT).strip();
        if (OFFENCES.contains(outcome)) {
            return true;
        }
        if (REGULAR.contains(outcome)) {
            return false;
        }
        throw new FeedException(row.number(), OUTCOME, "esito '" + outcome + "' non riconosciuto: usare 'regolare'"
                + " oppure 'illecito' (anche: sanzione, verbale, irregolare, violazione)");
    }
}
