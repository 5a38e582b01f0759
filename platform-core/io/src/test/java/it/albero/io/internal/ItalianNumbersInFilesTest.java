package it.albero.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import it.albero.api.io.PlanFormat;
import it.albero.api.model.Indicator;
import it.albero.api.model.Timing;

/** Plan files read numbers and dates with the one Italian parser of the API; real spreadsheet numbers stay exact. */
class ItalianNumbersInFilesTest {

    private static final String HEADER = "Ente;Settore;Obiettivo;Fase;Indicatore;Risultato atteso;Tempi;Peso;Tipo;"
            + "Parametri;Piano;Anno inizio;Anno fine;Anno di riferimento\n";

    private final PlanFiles files = new PlanFiles(new ItalianParser());

    private PlanFiles.Result csv(String weight, String type, String parameters) {
        String row = "comune-x - Comune X;ENT - Entrate;ENT-01 - Ob;;ENT-01.1 - controlli;almeno 10;annuale;" + weight
                + ";" + type + ";" + parameters + ";P-1 - Piano;2025;2027;2025\n";
        return files.read("p.csv", PlanFormat.CSV, (HEADER + row).getBytes(StandardCharsets.UTF_8), PlanBuilder.NONE);
    }

    @ParameterizedTest(name = "peso ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {"0,5|0.5", "2|2", "1.000|1000", "1.234,5|1234.5"})
    void readsTheWeightTheItalianWay(String text, double weight) {
        PlanFiles.Result r = csv(text, "", "");
        assertEquals(List.of(), r.problems().errors());
        assertEquals(weight, r.plan().indicator("ENT-01.1").orElseThrow().weight());
    }

    @ParameterizedTest(name = "peso ''{0}'' refused: {1}")
    @CsvSource(delimiter = '|', value = {"0.5|ambiguo: usare la virgola", "mezzo|non è un numero"})
    void refusesAWeightThatIsAmbiguousOrNotANumber(String text, String words) {
        PlanFiles.Result r = csv(text, "", "");
        assertNull(r.plan());
        assertEquals(1, r.problems().errors().size(), r.problems().errors().toString());
        String error = r.problems().errors().get(0).toString();
        assertTrue(error.startsWith("p.csv:2:Peso: il peso deve essere un numero: '" + text + "'"), error);
        assertTrue(error.contains(words), error);
    }

    @ParameterizedTest(name = "parametri {0}")
    @CsvSource(delimiter = '|', value = {
            "{soglia: 1.500.000}|soglia|1500000",
            "{soglia: 48}|soglia|48",
            "{soglia: 2.5}|soglia|2.5",
            "{soglia: '1.234,5'}|soglia|1234.5",
            "{soglia: '48.000'}|soglia|48000",
            "{scadenza: 31/12/2025}|scadenza|2025-12-31",
            "{scadenza: 2025-12-31}|scadenza|2025-12-31"})
    void readsParameterCells(String cell, String name, String expected) {
        PlanFiles.Result r = csv("", "conteggio", cell);
        assertEquals(List.of(), r.problems().errors());
        Indicator i = r.plan().indicator("ENT-01.1").orElseThrow();
        if (name.equals("scadenza")) {
            assertEquals(LocalDate.parse(expected), i.parameters().requireDate(name));
        } else {
            assertEquals(new BigDecimal(expected), i.parameters().requireNumber(name));
        }
    }

    @ParameterizedTest(name = "parametri {0} refused")
    @CsvSource(delimiter = '|', value = {
            "{soglia: 48.000}|numero '48.000' ambiguo: scrivere 48000 per le migliaia o 48 per i decimali",
            "{soglia: 1.234.5}|ambiguo: usare la virgola",
            "{scadenza: 31/02/2025}|non è una data esistente"})
    void refusesAmbiguousParameterCells(String cell, String words) {
        PlanFiles.Result r = csv("", "conteggio", cell);
        String errors = r.problems().errors().toString();
        assertTrue(errors.contains(words), errors);
    }

    @Test
    void readsRealNumbersAndDatesOfAWorkbookExactly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Piano");
            String[] header = HEADER.strip().split(";");
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            Row r = sheet.createRow(1);
            String[] texts = {"comune-x - Comune X", "ENT - Entrate", "ENT-01 - Ob", "", "ENT-01.1 - delibera",
                "delibera adottata"};
            for (int c = 0; c < texts.length; c++) {
                r.createCell(c).setCellValue(texts[c]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            r.createCell(6).setCellValue(LocalDate.of(2025, 12, 31));
            r.getCell(6).setCellStyle(date);
            r.createCell(7).setCellValue(0.5);
            r.createCell(8).setCellValue("conteggio");
            r.createCell(9).setCellValue("{soglia: 10}");
            r.createCell(10).setCellValue("P-1 - Piano");
            r.createCell(11).setCellValue(2025);
            r.createCell(12).setCellValue(2027);
            r.createCell(13).setCellValue(2025);
            wb.write(out);
        }
        PlanFiles.Result r = files.read("p.xlsx", PlanFormat.XLSX, out.toByteArray(), PlanBuilder.NONE);
        assertEquals(List.of(), r.problems().errors());
        assertNotNull(r.plan());
        Indicator i = r.plan().indicator("ENT-01.1").orElseThrow();
        assertEquals(0.5, i.weight());
        assertEquals(2025, r.plan().referenceYear());
        assertEquals(new Timing.ByDate("31/12/2025", LocalDate.of(2025, 12, 31)), i.timing());
    }
}
