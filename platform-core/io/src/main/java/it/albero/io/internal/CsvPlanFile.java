package it.albero.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** CSV files as Excel writes them: UTF-8 with or without BOM, {@code ;} or {@code ,} separated. */
final class CsvPlanFile {

    private static final char BOM = '\uFEFF';

    /** The rows of the file (header first) with their row numbers; problems recorded, {@code null} on failure. */
    Grid read(byte[] bytes, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.error(Loc.FILE, "il file non è in UTF-8: salvarlo da Excel come 'CSV UTF-8 (delimitato da"
                    + " virgole)'");
            return null;
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        char delimiter = delimiter(text);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord r : parser) {
                List<String> row = new ArrayList<>(r.size());
                r.forEach(row::add);
                rows.add(row);
                numbers.add((int) r.getRecordNumber());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.error(new Loc(rows.size() + 1, "-"), "CSV non leggibile dopo la riga " + rows.size() + ": "
                    + e.getMessage() + " (virgolette non chiuse?)");
            return null;
        }
        return new Grid(rows, numbers);
    }

    /** The separator of the header line: the more frequent of {@code ;} and {@code ,} outside quotes. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons >= commas ? ';' : ',';
    }

    /** Writes the rows with {@code ;}, UTF-8 with BOM, CRLF: what Excel in Italian opens as is. */
    void write(List<List<String>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').get();
        CSVPrinter printer = new CSVPrinter(w, format);
        for (List<String> row : rows) {
            printer.printRecord(row);
        }
        printer.flush();
        w.flush();
    }

    /** Rows read from a spreadsheet, with the number of each as the spreadsheet shows it. */
    record Grid(List<List<String>> rows, List<Integer> numbers) {
    }
}
