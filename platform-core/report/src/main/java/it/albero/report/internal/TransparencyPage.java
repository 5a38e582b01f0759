package it.albero.report.internal;

import java.util.List;

import it.albero.api.model.Evaluation;
import it.albero.api.spi.Texts;
import it.albero.api.store.PlanSummary;

/**
 * The HTML of the public page: Italian, accessible (language, one h1, headings in order, tables with caption and
 * header cells, a skip link, status written as text and never by colour alone, contrast above 7:1), with no script
 * and no external resource. It prints only what the open data carry: no author, no note, no audit.
 */
final class TransparencyPage {

    private TransparencyPage() {
    }

    /** The list of published plans. */
    static String index(List<PlanSummary> plans) {
        StringBuilder b = new StringBuilder();
        head(b, "Performance - Amministrazione trasparente");
        b.append("<main id=\"contenuto\">\n<h1>Performance: piani e risultati</h1>\n");
        b.append("<p>Gli obiettivi, gli indicatori e i risultati dei piani della performance adottati (PIAO,"
                + " D.Lgs. 150/2009), pubblicati ai sensi del D.Lgs. 33/2013. Per ogni piano sono disponibili i dati"
                + " aperti in formato CSV.</p>\n");
        if (plans.isEmpty()) {
            b.append("<p>Nessun piano pubblicato.</p>\n");
        } else {
            b.append("<table>\n<caption>Piani pubblicati</caption>\n<thead><tr><th scope=\"col\">Ente</th>"
                    + "<th scope=\"col\">Piano</th><th scope=\"col\">Anno</th><th scope=\"col\">Stato</th>"
                    + "<th scope=\"col\">Dati aperti</th></tr></thead>\n<tbody>\n");
            for (PlanSummary p : plans) {
                String base = path(p.ente().code()) + "/" + path(p.code());
                b.append("<tr><td>").append(esc(p.ente().name())).append("</td><td><a href=\"").append(base)
                        .append("/\">").append(esc(p.title())).append(" (").append(esc(p.code())).append(")</a></td><td>")
                        .append(p.referenceYear()).append("</td><td>").append(esc(p.status().label()))
                        .append("</td><td><a href=\"").append(base).append(".csv\">CSV<span class=\"vh\"> di ")
                        .append(esc(p.code())).append("</span></a></td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("</main>\n");
        foot(b);
        return b.toString();
    }

    /** The page of one plan. */
    static String plan(ReportData d, String csvHref) {
        StringBuilder b = new StringBuilder();
        head(b, d.planTitle() + " - " + d.ente().name());
        b.append("<main id=\"contenuto\">\n<p class=\"crumb\"><a href=\"../\">Performance</a></p>\n");
        b.append("<h1>").append(esc(d.ente().name())).append(": ").append(esc(d.planTitle())).append("</h1>\n");
        b.append("<dl>\n");
        dl(b, "Anno di riferimento", Integer.toString(d.referenceYear()));
        dl(b, "Stato del piano", d.status().label() + " (versione " + d.version() + ")");
        dl(b, "Valutazione al", Texts.date(d.asOf()));
        dl(b, d.unitCode() == null ? "Punteggio dell'ente" : "Punteggio", score(d.total()) + ", "
                + d.total().status().label());
        b.append("</dl>\n<p>").append(esc(Publication.describe(d.status()))).append("</p>\n");
        b.append("<p><a href=\"").append(csvHref).append("\">Scarica i dati aperti (CSV, UTF-8, una riga per"
                + " indicatore)</a></p>\n");

        b.append("<h2>Sintesi per unità organizzativa</h2>\n<table>\n<caption>Punteggio e stato di ogni unità al ")
                .append(Texts.date(d.asOf())).append("</caption>\n<thead><tr><th scope=\"col\">Codice</th>"
                        + "<th scope=\"col\">Unità</th><th scope=\"col\">Punteggio</th><th scope=\"col\">Stato</th>"
                        + "<th scope=\"col\">Indicatori</th></tr></thead>\n<tbody>\n");
        for (ReportData.UnitRow u : d.units()) {
            b.append("<tr><th scope=\"row\"><a href=\"#u-").append(esc(u.code())).append("\">").append(esc(u.code()))
                    .append("</a></th><td>").append(esc(u.name())).append("</td><td class=\"n\">")
                    .append(score(u.evaluation())).append("</td><td>").append(esc(status(u.evaluation())))
                    .append("</td><td class=\"n\">").append(u.indicators().size()).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");

        b.append("<h2>Obiettivi e indicatori</h2>\n");
        for (ReportData.UnitRow u : d.units()) {
            b.append("<section aria-labelledby=\"u-").append(esc(u.code())).append("\">\n<h3 id=\"u-")
                    .append(esc(u.code())).append("\">").append(esc(u.code())).append(" - ").append(esc(u.name()))
                    .append("</h3>\n<p>Punteggio ").append(score(u.evaluation())).append(", ")
                    .append(esc(status(u.evaluation()))).append(".</p>\n");
            b.append("<table>\n<caption>Obiettivi e indicatori di ").append(esc(u.name())).append("</caption>\n"
                    + "<thead><tr><th scope=\"col\">Codice</th><th scope=\"col\">Obiettivo o indicatore</th>"
                    + "<th scope=\"col\">Risultato atteso</th><th scope=\"col\">Tempi</th>"
                    + "<th scope=\"col\">Risultato misurato</th><th scope=\"col\">Punteggio</th>"
                    + "<th scope=\"col\">Stato</th><th scope=\"col\">Spiegazione</th></tr></thead>\n<tbody>\n");
            for (ReportData.ObjectiveRow o : u.objectives()) {
                b.append("<tr class=\"ob\"><th scope=\"row\">").append(esc(o.code())).append("</th><td colspan=\"4\">")
                        .append(o.depth() > 0 ? "Fase: " : "Obiettivo: ").append(esc(o.title())).append("</td><td class=\"n\">")
                        .append(score(o.evaluation())).append("</td><td>").append(esc(status(o.evaluation())))
                        .append("</td><td>").append(esc(ReportAssembler.publicExplanation(o.evaluation(), o.overridden(),
                                o.computed()))).append("</td></tr>\n");
                for (ReportData.IndicatorRow i : o.indicators()) {
                    b.append("<tr><th scope=\"row\">").append(esc(i.code())).append("</th><td>")
                            .append(esc(i.instrument())).append("</td><td>").append(esc(i.expectedResult()))
                            .append("</td><td>").append(esc(i.timing())).append("</td><td>")
                            .append(esc(i.measured().isEmpty() ? "-" : i.measured())).append("</td><td class=\"n\">")
                            .append(score(i.evaluation())).append("</td><td>").append(esc(status(i.evaluation())))
                            .append("</td><td>").append(esc(ReportAssembler.publicExplanation(i.evaluation(),
                                    i.overridden(), i.computed()))).append("</td></tr>\n");
                }
            }
            b.append("</tbody>\n</table>\n</section>\n");
        }
        b.append("</main>\n");
        foot(b);
        return b.toString();
    }

    /** A page that says what went wrong, in Italian. */
    static String message(String title, String text) {
        StringBuilder b = new StringBuilder();
        head(b, title);
        b.append("<main id=\"contenuto\">\n<h1>").append(esc(title)).append("</h1>\n<p>").append(esc(text))
                .append("</p>\n<p><a href=\"/trasparenza/\">Piani pubblicati</a></p>\n</main>\n");
        foot(b);
        return b.toString();
    }

    private static void head(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"it\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n"
                        + "<a class=\"skip\" href=\"#contenuto\">Vai al contenuto</a>\n"
                        + "<header><p>Amministrazione trasparente - Performance</p></header>\n");
    }

    private static void foot(StringBuilder b) {
        b.append("<footer><p>Dati pubblicati ai sensi del D.Lgs. 33/2013 (art. 10 e 20). Pagina in sola lettura"
                + " generata da Albero.</p></footer>\n</body>\n</html>\n");
    }

    private static void dl(StringBuilder b, String term, String value) {
        b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private static String score(Evaluation e) {
        return esc(ReportAssembler.score(e.score()));
    }

    private static String status(Evaluation e) {
        return ReportAssembler.status(e);
    }

    /** A code as a URL path segment: letters, digits and {@code -._~} are kept, the rest percent-encoded. */
    static String path(String code) {
        return java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body{font-family:"Titillium Web",Arial,Helvetica,sans-serif;color:#1a1a1a;background:#fff;margin:0;\
            line-height:1.5}
            header{background:#06406f;color:#fff;padding:.6rem 1.5rem}header p{margin:0;font-weight:bold}
            main{padding:1rem 1.5rem;max-width:90rem}
            a{color:#0a4f8a}a:focus{outline:3px solid #f9b000;outline-offset:2px}
            .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
            .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem;margin-top:1.5rem}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0}
            table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0 1rem}
            caption{text-align:left;font-weight:bold;padding:.3rem 0}
            th,td{border:1px solid #8a959f;padding:.25rem .4rem;vertical-align:top;text-align:left}
            thead th{background:#06406f;color:#fff}tr.ob{background:#e8eef4}.n{text-align:right;white-space:nowrap}
            footer{border-top:1px solid #8a959f;padding:.5rem 1.5rem;font-size:.85rem}
            """;
}
