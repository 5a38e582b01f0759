package it.albero.service.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import it.albero.api.feed.FeedContext;
import it.albero.api.feed.FeedRecord;
import it.albero.api.feed.FeedSource;
import it.albero.api.feed.FeedTable;

/**
 * The generic bulk file, for any indicator: one measurement per row, the values in columns named as the indicator
 * type's measurement schema ({@code emessi}, {@code da_emettere}, ...); empty cells are left out, so one file may
 * carry indicators of different types.
 */
@Component(service = FeedSource.class)
public class CoreMeasurementsSource implements FeedSource {

    static final String ID = "core.rilevazioni";
    private static final Set<String> FIXED = Set.of("indicatore", "data", "evidenza", "nota");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String moduleId() {
        return "core";
    }

    @Override
    public String label() {
        return "Rilevazioni in blocco, per qualunque indicatore (una riga per rilevazione)";
    }

    @Override
    public List<String> columns() {
        return List.of("indicatore", "data", "<nome del valore>...", "evidenza", "nota");
    }

    @Override
    public List<FeedRecord> read(FeedTable table, FeedContext context) {
        table.require("indicatore", "data");
        List<FeedRecord> out = new ArrayList<>();
        context.forEach(table, row -> {
            Map<String, Object> values = new LinkedHashMap<>();
            row.cells().forEach((column, text) -> {
                if (!FIXED.contains(column) && !text.isEmpty()) {
                    values.put(column, text);
                }
            });
            out.add(new FeedRecord(row.text("indicatore"), row.date("data"), values,
                    row.optional("evidenza").orElse(null), row.optional("nota").orElse(null), row.number()));
        });
        return out;
    }
}
