package it.albero.report.internal;

import java.awt.Color;
import java.util.List;
import java.util.Map;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

import it.albero.api.model.Status;

/**
 * The report's charts, drawn as vector graphics with OpenPDF's content stream from the same numbers as the tables:
 * one bar per unit (its score, coloured by its status) and the indicators by status (one stacked bar with legend).
 */
final class Charts {

    private static final float ROW = 13f;
    private static final float LABEL = 52f;
    private static final float VALUE = 44f;

    private Charts() {
    }

    /** One horizontal bar per unit, 0-100%, with gridlines every 25%. */
    static Image unitBars(PdfContentByte cb, BaseFont font, BaseFont boldFont, List<ReportData.UnitRow> units,
                          float width) throws DocumentException {
        float height = units.size() * ROW + 18;
        PdfTemplate t = cb.createTemplate(width, height);
        float x0 = LABEL;
        float span = width - LABEL - VALUE;
        // grid and scale
        t.setLineWidth(0.3f);
        t.setColorStroke(new Color(0xc0, 0xc7, 0xce));
        for (int p = 0; p <= 100; p += 25) {
            float x = x0 + span * p / 100f;
            t.moveTo(x, 12);
            t.lineTo(x, height);
        }
        t.stroke();
        t.beginText();
        t.setFontAndSize(font, 6);
        t.setColorFill(Color.DARK_GRAY);
        for (int p = 0; p <= 100; p += 25) {
            t.showTextAligned(Element.ALIGN_CENTER, p + "%", x0 + span * p / 100f, 3, 0);
        }
        t.endText();
        for (int i = 0; i < units.size(); i++) {
            ReportData.UnitRow u = units.get(i);
            float y = height - (i + 1) * ROW;
            Double score = u.evaluation().score();
            if (score != null && score > 0) {
                t.setColorFill(PdfReport.color(u.evaluation().status()));
                t.rectangle(x0, y + 2, (float) (span * score), ROW - 4);
                t.fill();
            }
            t.beginText();
            t.setColorFill(PdfReport.INK);
            t.setFontAndSize(boldFont, 7);
            t.showTextAligned(Element.ALIGN_RIGHT, PdfReport.text(u.code()), x0 - 4, y + 4, 0);
            t.setFontAndSize(font, 7);
            t.showTextAligned(Element.ALIGN_LEFT, score == null ? "n.d." : ReportAssembler.score(score),
                    x0 + (float) (span * (score == null ? 0 : score)) + 3, y + 4, 0);
            t.endText();
        }
        return PdfReport.image(t);
    }

    /** One bar split by the number of indicators in each status, and a legend with the counts. */
    static Image statusBar(PdfContentByte cb, BaseFont font, Map<Status, Integer> counts, float width)
            throws DocumentException {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Map.Entry<Status, Integer>> shown = counts.entrySet().stream().filter(e -> e.getValue() > 0).toList();
        int perLine = 3;
        float legendRows = (shown.size() + perLine - 1) / perLine;
        float height = 22 + legendRows * 12 + 4;
        PdfTemplate t = cb.createTemplate(width, height);
        float x = 0;
        float barY = height - 18;
        for (Map.Entry<Status, Integer> e : shown) {
            float w = total == 0 ? 0 : width * e.getValue() / total;
            t.setColorFill(PdfReport.color(e.getKey()));
            t.rectangle(x, barY, w, 16);
            t.fill();
            x += w;
        }
        for (int i = 0; i < shown.size(); i++) {
            Map.Entry<Status, Integer> e = shown.get(i);
            float lx = (i % perLine) * (width / perLine);
            float ly = barY - 14 - (i / perLine) * 12;
            t.setColorFill(PdfReport.color(e.getKey()));
            t.rectangle(lx, ly, 8, 8);
            t.fill();
            t.beginText();
            t.setColorFill(PdfReport.INK);
            t.setFontAndSize(font, 7);
            t.showTextAligned(Element.ALIGN_LEFT, e.getKey().label() + ": " + e.getValue(), lx + 11, ly + 1, 0);
            t.endText();
        }
        return PdfReport.image(t);
    }
}
