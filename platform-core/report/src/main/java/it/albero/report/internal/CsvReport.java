package it.albero.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import it.albero.api.model.Evaluation;

/**
 * The open-data CSV for "Amministrazione trasparente" (D.Lgs. 33/2013): RFC 4180, UTF-8 without BOM, comma
 * separated, one row per indicator, decimal point, ISO 8601 dates. No personal data: no authors, no notes of
 * measurements or overrides, no evidence column (a milestone's explanation names its act, which is public); an
 * overridden score says only that it was overridden. The columns are documented in docs/open-data.md.
 */
final class CsvReport {

    /** The columns, in order: the header row. */
    static final List<String> COLUMNS = List.of(
            "ente_codice", "ente_nome", "piano_codice", "piano_titolo", "anno_riferimento", "piano_versione",
            "piano_stato", "data_valutazione", "unita_codice", "unita_nome", "unita_punteggio", "unita_stato",
            "obiettivo_codice", "obiettivo_titolo", "obiettivo_punteggio", "obiettivo_stato", "indicatore_codice",
            "strumento_verifica", "risultato_atteso", "tempi", "scadenza", "risultato_misurato",
            "data_misurazione", "punteggio", "stato", "a_rischio", "rettificato", "spiegazione");

    private CsvReport() {
    }

    static void write(ReportData d, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        row(w, COLUMNS);
        for (ReportData.UnitRow u : d.units()) {
            for (ReportData.ObjectiveRow o : u.objectives()) {
                for (ReportData.IndicatorRow i : o.indicators()) {
                    row(w, List.of(d.ente().code(), d.ente().name(), d.planCode(), d.planTitle(),
                            Integer.toString(d.referenceYear()), Integer.toString(d.version()), d.status().label(),
                            d.asOf().toString(), u.code(), u.name(), score(u.evaluation()),
                            u.evaluation().status().label(), o.code(), o.title(), score(o.evaluation()),
                            o.evaluation().status().label(), i.code(), i.instrument(), i.expectedResult(), i.timing(),
                            date(i.deadline()), i.measured(), date(i.lastMeasured()), score(i.evaluation()),
                            i.evaluation().status().label(), i.evaluation().atRisk() ? "si" : "no",
                            i.overridden() ? "si" : "no",
                            ReportAssembler.publicExplanation(i.evaluation(), i.overridden(), i.computed())));
                }
            }
        }
        w.flush();
    }

    /** A score as a percentage with two decimals and a decimal point ({@code 73.50}), or empty. */
    static String score(Evaluation e) {
        return e.score() == null ? "" : BigDecimal.valueOf(e.score() * 100).setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(c)));
        }
        w.write("\r\n");
    }

    private static String quote(String s) {
        String v = s == null ? "" : s;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
