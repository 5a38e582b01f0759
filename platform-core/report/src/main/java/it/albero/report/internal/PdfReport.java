package it.albero.report.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Status;
import it.albero.api.report.ReportKind;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Texts;

/**
 * The report as an A4 PDF (OpenPDF): cover, summary with charts drawn from the same numbers, the results of each
 * unit, the scostamenti (or, for the monitoring, what is at risk and the deadlines ahead), the OIV overrides, the
 * checks' open findings and the annex of the measurements. Only the standard PDF fonts (Helvetica), which every
 * reader has: no font file is needed.
 */
final class PdfReport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    static final Color SHADE = new Color(0xe8, 0xee, 0xf4);
    static final Color HEAD = new Color(0x06, 0x4d, 0x8c);
    static final Color RISK = new Color(0xfd, 0xe2, 0xe0);

    private final ReportData d;
    private final ZoneId zone;
    private final BaseFont regular;
    private final BaseFont boldFace;
    private final Font body;
    private final Font small;
    private final Font smallBold;
    private final Font bold;
    private final Font headerFont;
    private final Font h1;
    private final Font h2;
    private final Font title;

    PdfReport(ReportData data, ZoneId zone) throws IOException {
        this.d = data;
        this.zone = zone;
        try {
            regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            boldFace = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException e) {
            throw new IOException("font standard non disponibile: " + e.getMessage(), e);
        }
        body = new Font(regular, 9, Font.NORMAL, INK);
        small = new Font(regular, 7, Font.NORMAL, INK);
        smallBold = new Font(boldFace, 7, Font.NORMAL, INK);
        bold = new Font(boldFace, 9, Font.NORMAL, INK);
        headerFont = new Font(boldFace, 7, Font.NORMAL, Color.WHITE);
        h1 = new Font(boldFace, 15, Font.NORMAL, HEAD);
        h2 = new Font(boldFace, 11, Font.NORMAL, HEAD);
        title = new Font(boldFace, 24, Font.NORMAL, HEAD);
    }

    void write(OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, 40, 40, 48, 52);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("it-IT"));
            writer.setPageEvent(new Footer());
            doc.addTitle(d.title() + " - " + d.ente().name());
            doc.addSubject(d.planTitle() + " (" + d.planCode() + "), versione " + d.version() + ", valutazione al "
                    + Texts.date(d.asOf()));
            doc.addCreator("Albero");
            doc.open();
            cover(doc);
            doc.newPage();
            summary(doc, writer);
            doc.newPage();
            units(doc);
            if (d.kind() == ReportKind.MONITORAGGIO) {
                section(doc, "4. Indicatori a rischio");
                note(doc, "Indicatori che al ritmo attuale non raggiungeranno il risultato atteso entro la scadenza.");
                shortlist(doc, d.atRisk());
                section(doc, "5. Scadenze nei prossimi " + ReportData.DAYS_AHEAD + " giorni");
                deadlines(doc);
            }
            section(doc, (d.kind() == ReportKind.MONITORAGGIO ? "6" : "3") + ". Scostamenti");
            note(doc, "Indicatori non raggiunti o raggiunti in parte, con la spiegazione del motore di valutazione.");
            shortlist(doc, d.shortfalls());
            int n = d.kind() == ReportKind.MONITORAGGIO ? 7 : 4;
            section(doc, n + ". Rettifiche dell'OIV");
            overrides(doc);
            section(doc, (n + 1) + ". Rilievi dei controlli");
            findings(doc);
            doc.newPage();
            section(doc, "Allegato - Rilevazioni");
            annex(doc);
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("PDF non generato: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------------ parts

    private void cover(Document doc) throws DocumentException {
        Paragraph space = new Paragraph(" ", body);
        space.setSpacingBefore(120);
        doc.add(space);
        doc.add(new Paragraph(text(d.ente().name()), h2));
        Paragraph t = new Paragraph(text(d.title()), title);
        t.setSpacingBefore(8);
        t.setSpacingAfter(18);
        doc.add(t);
        PdfPTable facts = new PdfPTable(new float[] {35, 65});
        facts.setWidthPercentage(80);
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
        fact(facts, "Piano", d.planTitle() + " (" + d.planCode() + ")");
        fact(facts, "Anno di riferimento", Integer.toString(d.referenceYear()));
        fact(facts, "Valutazione al", Texts.date(d.asOf()));
        fact(facts, "Stato del piano", d.status().label());
        fact(facts, "Versione del piano", Integer.toString(d.version()));
        if (d.unitCode() != null) {
            fact(facts, "Unità", d.unitCode() + " - " + d.units().get(0).name());
        }
        fact(facts, "Generato il", STAMP.format(d.generatedAt().atZone(zone)));
        doc.add(facts);
        Paragraph legal = new Paragraph(text(d.kind() == ReportKind.RELAZIONE
                ? "Relazione annuale sulla performance (art. 10, comma 1, lett. b, D.Lgs. 150/2009), da approvare"
                + " dalla Giunta e validare dall'OIV (art. 14, comma 4, lett. c)."
                : "Monitoraggio intermedio degli obiettivi (art. 6 D.Lgs. 150/2009): stato di avanzamento, indicatori"
                + " a rischio e scadenze imminenti."), small);
        legal.setSpacingBefore(30);
        doc.add(legal);
        doc.add(new Paragraph(text("Tutti i numeri di questo documento provengono da un'unica valutazione del piano"
                + " (versione " + d.version() + ", al " + Texts.date(d.asOf()) + "), la stessa dei file XLSX e CSV"
                + " generati con la stessa richiesta."), small));
    }

    private void fact(PdfPTable t, String label, String value) {
        t.addCell(plain(label, bold, null));
        t.addCell(plain(value, body, null));
    }

    private void summary(Document doc, PdfWriter writer) throws DocumentException {
        section(doc, "1. Sintesi");
        Evaluation total = d.total();
        Paragraph p = new Paragraph();
        p.add(new Chunk(text(d.unitCode() == null ? "Punteggio complessivo dell'ente: "
                : "Punteggio dell'unità " + d.unitCode() + ": "), body));
        p.add(new Chunk(ReportAssembler.score(total.score()) + " - " + total.status().label(), bold));
        p.setSpacingAfter(4);
        doc.add(p);
        note(doc, total.explanation());

        // the score right after the code: a reader (and the tests' text extraction) finds "ENT 81,8%" on one line
        PdfPTable t = table(new float[] {9, 11, 24, 10, 46}, "Codice", "Punteggio", "Stato", "Indicatori", "Unità");
        for (ReportData.UnitRow u : d.units()) {
            t.addCell(plain(u.code(), smallBold, null));
            t.addCell(right(ReportAssembler.score(u.evaluation().score()), smallBold));
            t.addCell(plain(ReportAssembler.status(u.evaluation()) + (u.overridden() ? " (rettificato)" : ""),
                    small, null));
            t.addCell(right(Integer.toString(u.indicators().size()), small));
            t.addCell(plain(u.name(), small, null));
        }
        doc.add(t);

        sub(doc, "Punteggio per unità");
        doc.add(Charts.unitBars(writer.getDirectContent(), regular, boldFace, d.units(), doc.right() - doc.left()));
        sub(doc, "Indicatori per stato");
        Map<Status, Integer> dist = d.distribution();
        doc.add(Charts.statusBar(writer.getDirectContent(), regular, dist, doc.right() - doc.left()));
        PdfPTable counts = table(new float[] {60, 20}, "Stato", "Indicatori");
        counts.setWidthPercentage(50);
        counts.setHorizontalAlignment(Element.ALIGN_LEFT);
        dist.forEach((s, n) -> {
            counts.addCell(plain(s.label(), small, null));
            counts.addCell(right(Integer.toString(n), small));
        });
        counts.addCell(plain("Totale", smallBold, null));
        counts.addCell(right(Integer.toString(d.indicators().size()), smallBold));
        doc.add(counts);
    }

    private void units(Document doc) throws DocumentException {
        section(doc, "2. Risultati per unità");
        boolean monitoring = d.kind() == ReportKind.MONITORAGGIO;
        for (ReportData.UnitRow u : d.units()) {
            Paragraph head = new Paragraph(text(u.code() + ": " + u.name()), h2);
            head.setSpacingBefore(10);
            head.setKeepTogether(true);
            doc.add(head);
            Paragraph score = new Paragraph();
            score.add(new Chunk("Punteggio " + ReportAssembler.score(u.evaluation().score()) + " - "
                    + text(ReportAssembler.status(u.evaluation())), bold));
            score.add(new Chunk("   " + text(u.evaluation().explanation()), small));
            score.setSpacingAfter(4);
            doc.add(score);
            PdfPTable t = table(new float[] {9, 28, 18, 10, 14, 9, 22}, "Codice", "Obiettivo / indicatore",
                    "Risultato atteso", "Tempi", "Risultato misurato", "Punteggio", "Stato e spiegazione");
            for (ReportData.ObjectiveRow o : u.objectives()) {
                t.addCell(plain(o.code(), smallBold, SHADE));
                PdfPCell titleCell = plain((o.depth() > 0 ? "Fase: " : "") + o.title(), smallBold, SHADE);
                titleCell.setColspan(4);
                t.addCell(titleCell);
                t.addCell(right(ReportAssembler.score(o.evaluation().score()), smallBold, SHADE));
                t.addCell(plain(ReportAssembler.status(o.evaluation()) + (o.overridden() ? " (rettificato)" : ""),
                        smallBold, SHADE));
                for (ReportData.IndicatorRow i : o.indicators()) {
                    Color bg = monitoring && i.evaluation().atRisk() ? RISK : null;
                    t.addCell(plain(i.code(), small, bg));
                    t.addCell(plain(i.instrument(), small, bg));
                    t.addCell(plain(i.expectedResult(), small, bg));
                    t.addCell(plain(i.timing(), small, bg));
                    t.addCell(plain(i.measured().isEmpty() ? "-" : i.measured()
                            + (i.lastMeasured() == null ? "" : " (" + Texts.date(i.lastMeasured()) + ")"), small, bg));
                    t.addCell(right(ReportAssembler.score(i.evaluation().score()), smallBold, bg));
                    Phrase st = new Phrase();
                    st.add(new Chunk(text(ReportAssembler.status(i.evaluation())
                            + (i.overridden() ? " (rettificato)" : "")), smallBold));
                    st.add(new Chunk("\n" + text(i.evaluation().explanation()), small));
                    PdfPCell c = new PdfPCell(st);
                    pad(c, bg);
                    t.addCell(c);
                }
            }
            doc.add(t);
        }
    }

    private void shortlist(Document doc, List<ReportData.IndicatorRow> rows) throws DocumentException {
        if (rows.isEmpty()) {
            doc.add(new Paragraph("Nessuno.", body));
            return;
        }
        PdfPTable t = table(new float[] {9, 7, 25, 18, 16, 9, 24}, "Codice", "Unità", "Indicatore",
                "Risultato atteso", "Risultato misurato", "Punteggio", "Stato e spiegazione");
        for (ReportData.IndicatorRow i : rows) {
            t.addCell(plain(i.code(), smallBold, null));
            t.addCell(plain(i.unitCode(), small, null));
            t.addCell(plain(i.instrument(), small, null));
            t.addCell(plain(i.expectedResult(), small, null));
            t.addCell(plain(i.measured().isEmpty() ? "-" : i.measured(), small, null));
            t.addCell(right(ReportAssembler.score(i.evaluation().score()), smallBold));
            t.addCell(plain(ReportAssembler.status(i.evaluation()) + ": " + i.evaluation().explanation(), small,
                    null));
        }
        doc.add(t);
    }

    private void deadlines(Document doc) throws DocumentException {
        List<ReportData.IndicatorRow> rows = d.deadlinesAhead();
        if (rows.isEmpty()) {
            doc.add(new Paragraph("Nessuna scadenza nei prossimi " + ReportData.DAYS_AHEAD + " giorni.", body));
            return;
        }
        PdfPTable t = table(new float[] {11, 9, 7, 45, 28}, "Scadenza", "Codice", "Unità", "Indicatore", "Stato");
        for (ReportData.IndicatorRow i : rows) {
            Color bg = i.evaluation().atRisk() ? RISK : null;
            t.addCell(plain(Texts.date(i.deadline()), smallBold, bg));
            t.addCell(plain(i.code(), small, bg));
            t.addCell(plain(i.unitCode(), small, bg));
            t.addCell(plain(i.instrument(), small, bg));
            t.addCell(plain(ReportAssembler.status(i.evaluation()), small, bg));
        }
        doc.add(t);
    }

    private void overrides(Document doc) throws DocumentException {
        if (d.overrides().isEmpty()) {
            doc.add(new Paragraph("Nessuna rettifica in vigore.", body));
            return;
        }
        PdfPTable t = table(new float[] {9, 27, 9, 9, 11, 12, 23}, "Codice", "Descrizione", "Calcolato",
                "Rettificato", "Autore", "Data", "Nota");
        for (ReportData.OverrideRow o : d.overrides()) {
            t.addCell(plain(o.code(), smallBold, null));
            t.addCell(plain(o.kind() + ": " + o.label(), small, null));
            t.addCell(right(ReportAssembler.score(o.computed()), small));
            t.addCell(right(Texts.percent(o.score()), smallBold));
            t.addCell(plain(o.author(), small, null));
            t.addCell(plain(STAMP.format(o.at().atZone(zone)), small, null));
            t.addCell(plain(o.note(), small, null));
        }
        doc.add(t);
    }

    private void findings(Document doc) throws DocumentException {
        List<Finding> open = d.openFindings();
        int info = d.findings().size() - open.size();
        if (open.isEmpty()) {
            doc.add(new Paragraph("Nessun rilievo aperto" + (info > 0 ? " (" + info + " informativi, nel file XLSX)."
                    : "."), body));
            return;
        }
        if (info > 0) {
            note(doc, info + " rilievi solo informativi non sono elencati (sono nel file XLSX).");
        }
        PdfPTable t = table(new float[] {9, 18, 10, 63}, "Gravità", "Controllo", "Nodo", "Rilievo");
        for (Finding f : open) {
            t.addCell(plain(f.severity().label(), smallBold, null));
            t.addCell(plain(f.checkId(), small, null));
            t.addCell(plain(f.location(), small, null));
            t.addCell(plain(f.message(), small, null));
        }
        doc.add(t);
    }

    private void annex(Document doc) throws DocumentException {
        note(doc, "Le rilevazioni che contano alla data della valutazione (le correzioni sostituiscono le rilevazioni"
                + " che correggono), con la loro evidenza.");
        if (d.measurements().isEmpty()) {
            doc.add(new Paragraph("Nessuna rilevazione.", body));
            return;
        }
        PdfPTable t = table(new float[] {10, 11, 44, 35}, "Indicatore", "Data", "Valori", "Evidenza");
        for (ReportData.MeasurementRow m : d.measurements()) {
            t.addCell(plain(m.indicatorCode(), smallBold, null));
            t.addCell(plain(Texts.date(m.date()), small, null));
            t.addCell(plain(m.values() + (m.supersedes() == null ? "" : " (corregge la n. " + m.supersedes() + ")"),
                    small, null));
            t.addCell(plain(m.evidence(), small, null));
        }
        doc.add(t);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void section(Document doc, String name) throws DocumentException {
        Paragraph p = new Paragraph(text(name), h1);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        doc.add(p);
    }

    private void sub(Document doc, String name) throws DocumentException {
        Paragraph p = new Paragraph(text(name), h2);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private void note(Document doc, String s) throws DocumentException {
        Paragraph p = new Paragraph(text(s), small);
        p.setSpacingAfter(6);
        doc.add(p);
    }

    private PdfPTable table(float[] widths, String... headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        t.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(text(h), headerFont));
            c.setBackgroundColor(HEAD);
            c.setPadding(3);
            t.addCell(c);
        }
        return t;
    }

    private static PdfPCell plain(String s, Font f, Color bg) {
        PdfPCell c = new PdfPCell(new Phrase(text(s), f));
        pad(c, bg);
        return c;
    }

    private static PdfPCell right(String s, Font f) {
        return right(s, f, null);
    }

    private static PdfPCell right(String s, Font f, Color bg) {
        PdfPCell c = plain(s, f, bg);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    private static void pad(PdfPCell c, Color bg) {
        c.setPadding(2.5f);
        c.setBorderColor(new Color(0xb0, 0xb8, 0xc0));
        c.setBorderWidth(0.4f);
        if (bg != null) {
            c.setBackgroundColor(bg);
        }
    }

    /**
     * The text as the standard fonts (WinAnsi) can show it: a few signs outside that encoding written out, control
     * characters dropped.
     */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '≥' -> sb.append(">=");
                case '≤' -> sb.append("<=");
                case '→' -> sb.append("->");
                case '≠' -> sb.append("<>");
                case '\u00a0', '\u2009', '\u202f' -> sb.append(' ');
                case '\u2010', '\u2011', '\u2012' -> sb.append('-');
                default -> {
                    if (c == '\n' || c >= ' ') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The line at the foot of every page: what, which plan version and date, the page number. */
    private final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            cb.saveState();
            cb.beginText();
            cb.setFontAndSize(regular, 7);
            cb.setColorFill(Color.DARK_GRAY);
            cb.showTextAligned(Element.ALIGN_LEFT, text(d.ente().name() + " - " + d.title() + " - " + d.planCode()
                    + " versione " + d.version() + " - valutazione al " + Texts.date(d.asOf())),
                    document.left(), page.getBottom() + 28, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "pagina " + writer.getPageNumber(), document.right(),
                    page.getBottom() + 28, 0);
            cb.endText();
            cb.restoreState();
        }
    }

    /** Used by the charts: the colour of a status. */
    static Color color(Status s) {
        return switch (s) {
            case RAGGIUNTO -> new Color(0x00, 0x7a, 0x3d);
            case PARZIALMENTE_RAGGIUNTO -> new Color(0xc2, 0x7c, 0x0e);
            case NON_RAGGIUNTO -> new Color(0xb3, 0x26, 0x1e);
            case IN_CORSO -> new Color(0x06, 0x66, 0xcc);
            case NON_ANCORA_DOVUTO -> new Color(0x8a, 0x95, 0xa0);
            case DATI_MANCANTI -> new Color(0xc5, 0xcc, 0xd3);
            case MODULO_NON_INSTALLATO -> new Color(0x7a, 0x4e, 0xa3);
            case ERRORE -> new Color(0x5c, 0x0a, 0x0a);
        };
    }

    static Image image(PdfTemplate t) throws DocumentException {
        Image img = Image.getInstance(t);
        img.setAlignment(Element.ALIGN_LEFT);
        return img;
    }
}
