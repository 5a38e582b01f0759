package it.albero.io.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Timing;
import it.albero.api.model.UnitKind;
import it.albero.api.model.Values;
import it.albero.api.spi.Texts;
import it.albero.api.text.ItalianNumbers;
import it.albero.io.internal.Drafts.IndicatorDraft;
import it.albero.io.internal.Drafts.ObjectiveDraft;
import it.albero.io.internal.Drafts.PlanDraft;
import it.albero.io.internal.Drafts.UnitDraft;

/**
 * Turns a draft read from a file into a {@link Plan}, checking everything the file can get wrong: required
 * fields, numbers and years, duplicate codes, dates outside the plan, the parameters of installed types.
 * Every problem is recorded with its place; the plan is returned only when there is none.
 */
final class PlanBuilder {

    /** Validation of an indicator by its installed type. */
    interface TypeValidation {
        /**
         * @return the type's Italian messages (empty when valid), or empty when the type is not installed
         */
        Optional<List<String>> validate(Indicator indicator);
    }

    /** The validation used when no engine is available: every type counts as not installed. */
    static final TypeValidation NONE = indicator -> Optional.empty();

    static final String FORMAT = "albero-piano/1";

    private final ItalianParser parser;
    private final TypeValidation types;
    /** Codes of the indicators whose type was proposed from the text, in plan order. */
    private final List<String> proposed = new ArrayList<>();

    PlanBuilder(ItalianParser parser, TypeValidation types) {
        this.parser = parser;
        this.types = types;
    }

    /** The plan, or {@code null} when {@code problems} has errors (old or new). */
    Plan build(PlanDraft d, Problems problems) {
        if (d.format.blank()) {
            problems.warning(d.format.loc(), "manca 'formato': letto come " + FORMAT);
        } else if (!FORMAT.equals(d.format.text())) {
            problems.error(d.format.loc(), "formato '" + d.format.text() + "' non supportato (atteso " + FORMAT + ")");
        }
        String enteCode = required(d.enteCode, "il codice dell'ente", problems);
        String enteName = required(d.enteName, "il nome dell'ente", problems);
        String code = required(d.code, "il codice del piano", problems);
        String title = required(d.title, "il titolo del piano", problems);
        Integer start = year(d.startYear, "l'anno di inizio", problems);
        Integer end = year(d.endYear, "l'anno di fine", problems);
        Integer ref = year(d.referenceYear, "l'anno di riferimento", problems);
        if (start != null && end != null && start > end) {
            problems.error(d.endYear.loc(), "l'anno di fine " + end + " precede l'anno di inizio " + start);
            end = null;
        }
        if (start != null && end != null && ref != null && (ref < start || ref > end)) {
            problems.error(d.referenceYear.loc(), "l'anno di riferimento " + ref + " è fuori dal triennio "
                    + start + "-" + end);
            ref = null;
        }
        PlanStatus status = PlanStatus.BOZZA;
        if (!d.status.blank()) {
            try {
                status = PlanStatus.parse(d.status.text());
            } catch (IllegalArgumentException e) {
                problems.error(d.status.loc(), e.getMessage());
            }
        }
        if (enteCode != null && !enteCode.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.error(d.enteCode.loc(), "codice dell'ente '" + enteCode
                    + "' non valido: lettere minuscole, cifre e trattini (es. cesano-boscone)");
        }
        if (d.units.isEmpty()) {
            problems.warning(d.loc, "il piano non ha unità organizzative");
        }
        int year = ref != null ? ref : start != null ? start : LocalDate.now().getYear();
        LocalDate from = start != null ? LocalDate.of(start, 1, 1) : null;
        LocalDate to = end != null ? LocalDate.of(end, 12, 31) : null;
        Context ctx = new Context(problems, year, from, to);
        List<OrgUnit> units = new ArrayList<>();
        for (UnitDraft u : d.units) {
            units.add(unit(u, ctx));
        }
        if (problems.hasErrors() || start == null || end == null || ref == null) {
            return null;
        }
        try {
            return new Plan(code, new Ente(enteCode, enteName), title, start, end, ref, status, 0, units);
        } catch (RuntimeException e) {
            problems.error(d.loc, e.getMessage());
            return null;
        }
    }

    private final class Context {
        final Problems problems;
        final int year;
        final LocalDate from;
        final LocalDate to;
        final Map<String, Loc> codes = new HashMap<>();

        Context(Problems problems, int year, LocalDate from, LocalDate to) {
            this.problems = problems;
            this.year = year;
            this.from = from;
            this.to = to;
        }

        /** The code, checked and recorded; {@code null} when missing. */
        String code(Cell cell, String what) {
            String c = required(cell, "il codice " + what, problems);
            if (c == null) {
                return null;
            }
            if (c.contains(" - ") || c.chars().anyMatch(Character::isWhitespace)) {
                problems.error(cell.loc(), "codice '" + c + "' non valido: niente spazi");
                return null;
            }
            Loc first = codes.putIfAbsent(c, cell.loc());
            if (first != null) {
                problems.error(cell.loc(), "codice '" + c + "' duplicato: già usato " + where(first)
                        + " (i codici sono unici nel piano)");
            }
            return c;
        }

        boolean outside(LocalDate d) {
            return from != null && to != null && (d.isBefore(from) || d.isAfter(to));
        }
    }

    private OrgUnit unit(UnitDraft u, Context ctx) {
        String code = ctx.code(u.code, "dell'unità");
        String name = required(u.name, "il nome dell'unità", ctx.problems);
        UnitKind kind = UnitKind.SETTORE;
        if (u.kind.blank()) {
            ctx.problems.error(u.kind.loc(), "manca il tipo dell'unità " + (code == null ? "" : code)
                    + " (settore, ufficio o trasversale)");
        } else {
            try {
                kind = UnitKind.parse(u.kind.text());
            } catch (IllegalArgumentException e) {
                ctx.problems.error(u.kind.loc(), e.getMessage());
            }
        }
        List<Objective> objectives = new ArrayList<>();
        for (ObjectiveDraft o : u.objectives) {
            objectives.add(objective(o, ctx, "dell'obiettivo"));
        }
        mixedWeights(u.objectives.stream().filter(o -> !isGate(o)).map(o -> o.weight).toList(), "gli obiettivi di "
                + orEmpty(code), u.loc, ctx.problems);
        return new OrgUnit(orEmpty(code), orEmpty(name), kind, u.module.text(), objectives, u.review.text());
    }

    private Objective objective(ObjectiveDraft o, Context ctx, String what) {
        String code = ctx.code(o.code, what);
        String title = required(o.title, "il titolo " + what + (code == null ? "" : " " + code), ctx.problems);
        Map<String, String> tags = o.tags;
        Double weight;
        if (!o.weight.blank() && GATE_WEIGHT.matcher(o.weight.text().strip()).matches()) {
            tags = new LinkedHashMap<>(o.tags);
            tags.put(Objective.TAG_GATE, Objective.GATE);
            weight = null;
        } else {
            weight = weight(o.weight, ctx.problems);
        }
        String cup = o.tags.get(Objective.TAG_CUP);
        if (cup != null && !cup.strip().matches("[A-Z0-9]{15}")) {
            ctx.problems.warning(o.tagsLoc, "CUP '" + cup + "' di " + code + ": atteso di 15 caratteri (lettere"
                    + " maiuscole e cifre)");
        }
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorDraft i : o.indicators) {
            indicators.add(indicator(i, ctx));
        }
        List<Objective> phases = new ArrayList<>();
        for (ObjectiveDraft p : o.phases) {
            phases.add(objective(p, ctx, "della fase"));
        }
        if (indicators.isEmpty() && phases.isEmpty()) {
            ctx.problems.warning(o.loc, "l'obiettivo " + orEmpty(code) + " non ha indicatori");
        }
        mixedWeights(o.indicators.stream().map(i -> i.weight).toList(), "gli indicatori di " + orEmpty(code), o.loc,
                ctx.problems);
        mixedWeights(o.phases.stream().filter(p -> !isGate(p)).map(p -> p.weight).toList(), "le fasi di "
                + orEmpty(code), o.loc, ctx.problems);
        return new Objective(orEmpty(code), orEmpty(title), weight, tags, phases, indicators, o.review.text());
    }

    private Indicator indicator(IndicatorDraft i, Context ctx) {
        String code = ctx.code(i.code, "dell'indicatore");
        String instrument = i.instrument.text();
        String expected = i.expected.text();
        if (instrument == null && expected == null) {
            ctx.problems.error(i.instrument.loc(), "l'indicatore " + orEmpty(code)
                    + " non ha né strumento di verifica né risultato atteso");
        }
        String tempi = i.tempi.value() == null ? "" : i.tempi.value().strip();
        Timing timing = parser.timing(tempi, expected, ctx.year);
        String typeId = i.type.text();
        boolean proposed = typeId == null;
        Values parameters = i.parameters == null ? Values.empty() : i.parameters;
        List<String> notes = new ArrayList<>();
        if (proposed) {
            if (code != null) {
                this.proposed.add(code);
            }
            ItalianParser.Proposal p = parser.propose(instrument, expected, tempi, ctx.year);
            typeId = p.typeId();
            if (i.parameters == null || i.parameters.isEmpty()) {
                parameters = p.parameters();
            }
            if (p.review() != null) {
                notes.add(p.review());
            }
        } else if (!typeId.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)?")) {
            ctx.problems.error(i.type.loc(), "tipo '" + typeId + "' non valido: una parola minuscola per i tipi"
                    + " generici, <modulo>.<nome> per quelli di settore");
        }
        Loc timingLoc = tempi.isEmpty() && !i.expected.blank() ? i.expected.loc() : i.tempi.loc();
        Optional<LocalDate> late = timing.deadline().filter(ctx::outside);
        late.ifPresent(d -> ctx.problems.warning(timingLoc, "la scadenza " + d + " di " + orEmpty(code)
                + " (dai Tempi '" + tempi + "') è fuori dal piano (" + ctx.from.getYear() + "-" + ctx.to.getYear()
                + "): da verificare"));
        if (proposed && late.isPresent()) {
            notes.add("scadenza " + Texts.date(late.get()) + " fuori dagli anni del piano (" + ctx.from.getYear()
                    + "-" + ctx.to.getYear() + "): da verificare");
        }
        List<String> outside = datesOutside(parameters, "", ctx);
        if (!outside.isEmpty()) {
            String what = String.join(", ", outside) + " di " + orEmpty(code) + " è fuori dal piano ("
                    + ctx.from.getYear() + "-" + ctx.to.getYear() + ")";
            boolean guessed = proposed && (i.parameters == null || i.parameters.isEmpty());
            if (guessed) {
                ctx.problems.warning(timingLoc, what + ": proposta dal testo, da verificare");
                if (late.isEmpty()) {
                    notes.add(what + ": da verificare");
                }
            } else if (i.review.text() != null) {
                // an indicator marked for review (e.g. a proposal exported and read again): kept, not refused
                ctx.problems.warning(i.parametersLoc, what + ": l'indicatore è in revisione, da verificare");
            } else {
                ctx.problems.error(i.parametersLoc, what);
            }
        }
        Double weight;
        if (!i.weight.blank() && GATE_WEIGHT.matcher(i.weight.text().strip()).matches()) {
            ctx.problems.error(i.weight.loc(), "peso '" + i.weight.text() + "' di " + orEmpty(code) + ": un cancello"
                    + " (X) vale per un obiettivo, non per un indicatore; scriverlo in 'Peso obiettivo' o sulla riga"
                    + " dell'obiettivo");
            weight = null;
        } else {
            weight = weight(i.weight, ctx.problems);
        }
        String review = i.review.text();
        if (review == null && !notes.isEmpty()) {
            review = String.join("; ", notes);
        }
        Indicator indicator;
        try {
            indicator = new Indicator(orEmpty(code), instrument, expected, timing, typeId, parameters, weight, review);
        } catch (RuntimeException e) {
            ctx.problems.error(i.loc, e.getMessage());
            return new Indicator(orEmpty(code), instrument, expected, timing, "traguardo", Values.empty(), null, null);
        }
        if (code != null) {
            Optional<List<String>> byType = types.validate(indicator);
            if (byType.isEmpty()) {
                ctx.problems.warning(i.type.blank() ? i.loc : i.type.loc(), "tipo '" + typeId + "' di " + code
                        + " non installato (modulo '" + indicator.moduleIdOfType() + "'): parametri non verificati;"
                        + " sarà valutato 'modulo non installato' finché il modulo manca");
            } else if (!byType.get().isEmpty() && proposed && (i.parameters == null || i.parameters.isEmpty())) {
                String why = String.join("; ", byType.get());
                ctx.problems.warning(i.loc, "la proposta '" + typeId + "' per " + code + " non è valida (" + why
                        + "): letta come traguardo, da verificare");
                LocalDate due = timing.deadline().orElse(LocalDate.of(ctx.year, 12, 31));
                String act = expected != null ? expected : instrument == null ? "" : instrument;
                indicator = new Indicator(indicator.code(), instrument, expected, timing, "traguardo",
                        Values.of("scadenza", due, "atto", act), weight, (review == null ? "" : review + "; ")
                        + "proposta '" + typeId + "' non valida (" + why + "): letto come traguardo");
            } else {
                Loc at = i.parameters != null ? i.parametersLoc : i.type.blank() ? i.loc : i.type.loc();
                byType.get().forEach(m -> ctx.problems.error(at, m));
            }
        }
        return indicator;
    }

    /** "X", "cancello", "prerequisito": the weight plans give a gate objective. */
    static final java.util.regex.Pattern GATE_WEIGHT = java.util.regex.Pattern.compile(
            "(?i)x|cancello|obiettivo cancello|prerequisito|soglia");

    private static boolean isGate(ObjectiveDraft o) {
        return !o.weight.blank() && GATE_WEIGHT.matcher(o.weight.text().strip()).matches();
    }

    /** Some siblings weighted and some not: the unweighted ones count 1, which is seldom what the plan meant. */
    /** Codes of the indicators of the last build whose type was proposed from the text. */
    List<String> proposed() {
        return List.copyOf(proposed);
    }

    private static void mixedWeights(List<Cell> weights, String what, Loc loc, Problems problems) {
        long given = weights.stream().filter(c -> !c.blank()).count();
        if (given > 0 && given < weights.size()) {
            Cell first = weights.stream().filter(c -> !c.blank()).findFirst().orElseThrow();
            problems.warning(first.loc(), "pesi misti: " + what + " hanno " + given + " pesi su " + weights.size()
                    + "; quelli senza peso valgono 1 (indicare tutti i pesi o nessuno)");
        }
    }

    /** The dates of the parameters outside the plan, as "date ('path')". */
    private static List<String> datesOutside(Values values, String path, Context ctx) {
        List<String> out = new ArrayList<>();
        values.asMap().forEach((name, v) -> dateOutside(v, path + name, ctx, out));
        return out;
    }

    private static void dateOutside(Object v, String path, Context ctx, List<String> out) {
        if (v instanceof LocalDate d && ctx.outside(d)) {
            out.add("la data " + d + " ('" + path + "')");
        } else if (v instanceof Values nested) {
            nested.asMap().forEach((name, x) -> dateOutside(x, path + "." + name, ctx, out));
        } else if (v instanceof List<?> list) {
            for (int k = 0; k < list.size(); k++) {
                dateOutside(list.get(k), path + "[" + (k + 1) + "]", ctx, out);
            }
        }
    }

    private static String required(Cell cell, String what, Problems problems) {
        if (cell.blank()) {
            problems.error(cell.loc(), "manca " + what);
            return null;
        }
        return cell.text();
    }

    private static Integer year(Cell cell, String what, Problems problems) {
        String t = required(cell, what, problems);
        if (t == null) {
            return null;
        }
        if (!t.matches("\\d{4}")) {
            problems.error(cell.loc(), what + " deve essere un anno di quattro cifre, non '" + t + "'");
            return null;
        }
        return Integer.parseInt(t);
    }

    private static Double weight(Cell cell, Problems problems) {
        if (cell.blank()) {
            return null;
        }
        try {
            double w = ItalianNumbers.parse(cell.text()).doubleValue();
            if (w < 0) {
                problems.error(cell.loc(), "il peso non può essere negativo: " + cell.text());
                return null;
            }
            return w;
        } catch (IllegalArgumentException e) {
            problems.error(cell.loc(), "il peso deve essere un numero: " + e.getMessage());
            return null;
        }
    }

    private static String where(Loc loc) {
        return loc.column().equals("-") ? "alla riga " + loc.row() : "alla riga " + loc.row() + ", colonna "
                + loc.column();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Number of indicators per unit code, in plan order. */
    static Map<String, Integer> indicatorsByUnit(Plan plan) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (OrgUnit u : plan.units()) {
            int[] n = {0};
            u.objectives().forEach(o -> o.forEachIndicator(x -> n[0]++));
            counts.merge(u.code(), n[0], Integer::sum);
        }
        return counts;
    }
}
