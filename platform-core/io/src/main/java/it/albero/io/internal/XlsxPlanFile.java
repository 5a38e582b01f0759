package it.albero.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import it.albero.api.spi.Texts;
import it.albero.api.text.ItalianNumbers;
import it.albero.io.internal.CsvPlanFile.Grid;

/** XLSX workbooks through Apache POI (the OSGi bundle of ServiceMix): the first sheet, one row per indicator. */
final class XlsxPlanFile {

    Grid read(byte[] bytes, Problems problems) {
        return withPoiLoader(() -> {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                if (wb.getNumberOfSheets() == 0) {
                    problems.error(Loc.FILE, "la cartella di lavoro non ha fogli");
                    return null;
                }
                Sheet sheet = wb.getSheetAt(0);
                DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
                List<List<String>> rows = new ArrayList<>();
                List<Integer> numbers = new ArrayList<>();
                int width = 0;
                for (Row r : sheet) {
                    if (rows.isEmpty()) {
                        width = Math.max(r.getLastCellNum(), 0);
                    }
                    List<String> row = new ArrayList<>(width);
                    for (int c = 0; c < width; c++) {
                        Cell cell = r.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                        row.add(cell == null ? "" : text(cell, fmt));
                    }
                    rows.add(row);
                    numbers.add(r.getRowNum() + 1);
                }
                return new Grid(rows, numbers);
            } catch (IOException | RuntimeException e) {
                problems.error(Loc.FILE, "il file non è una cartella di lavoro XLSX leggibile: " + e.getMessage());
                return null;
            }
        });
    }

    /**
     * A cell as the text the plan's readers expect, written the Italian way so that the one parser reads it back:
     * a real number as its exact value with the decimal comma (0.5 -> "0,5", 48000 -> "48000"), a date as
     * gg/mm/aaaa; any other cell as the spreadsheet shows it.
     */
    static String text(Cell cell, DataFormatter fmt) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC) {
            return fmt.formatCellValue(cell);
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            return Texts.date(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        BigDecimal n = ItalianNumbers.normal(BigDecimal.valueOf(cell.getNumericCellValue()));
        return n.toPlainString().replace('.', ',');
    }

    void write(List<List<String>> rows, OutputStream out) throws IOException {
        IOException[] failure = {null};
        withPoiLoader(() -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet sheet = wb.createSheet("Piano");
                CellStyle bold = wb.createCellStyle();
                Font font = wb.createFont();
                font.setBold(true);
                bold.setFont(font);
                CellStyle wrap = wb.createCellStyle();
                wrap.setWrapText(true);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(values.get(c));
                        cell.setCellStyle(r == 0 ? bold : wrap);
                    }
                }
                if (!rows.isEmpty()) {
                    for (int c = 0; c < rows.get(0).size(); c++) {
                        sheet.setColumnWidth(c, 256 * (c == 1 || c == 2 || c == 4 || c == 5 ? 50 : 18));
                    }
                    sheet.createFreezePane(0, 1);
                }
                wb.write(out);
            } catch (IOException e) {
                failure[0] = e;
            }
            return null;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** POI (XMLBeans) looks up its schema types through the context class loader: give it POI's own. */
    private static <T> T withPoiLoader(Supplier<T> work) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        try {
            return work.get();
        } finally {
            t.setContextClassLoader(previous);
        }
    }
}
