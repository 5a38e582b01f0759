package it.albero.store.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;

/** The store's own checks of a plan before it is written (the model and the types check the rest). */
final class PlanValidation {

    private PlanValidation() {
    }

    /** An author is required and must fit its column. */
    static void requireAuthor(String author, List<String> problems) {
        if (author == null || author.isBlank()) {
            problems.add("autore mancante: ogni modifica deve avere un autore");
        } else {
            Limits.check(problems, "autore", "autore", author, Limits.AUTHOR);
        }
    }

    /**
     * Store-level checks: codes unique within the plan and texts that fit their columns. The JSON columns (tags,
     * timing, parameters) are written here once, checked, and kept for {@link PlanTreeWriter#insertTree}.
     */
    static Checked validate(Plan plan) {
        Checked out = new Checked();
        List<String> problems = out.problems;
        String where = "piano " + plan.ente().code() + "/" + plan.code();
        Limits.check(problems, where, "codice ente", plan.ente().code(), Limits.CODE);
        Limits.check(problems, where, "nome ente", plan.ente().name(), Limits.NAME);
        Limits.check(problems, where, "codice", plan.code(), Limits.CODE);
        Limits.check(problems, where, "titolo", plan.title(), Limits.NAME);
        Set<String> units = new HashSet<>();
        Set<String> objectives = new HashSet<>();
        Set<String> indicators = new HashSet<>();
        for (OrgUnit u : plan.units()) {
            Supplier<String> uw = () -> where + ", unità " + u.code();
            if (!units.add(u.code())) {
                problems.add(uw.get() + ": codice di unità ripetuto");
            }
            check(problems, uw, "codice", u.code(), Limits.CODE);
            check(problems, uw, "nome", u.name(), Limits.NAME);
            check(problems, uw, "modulo", u.moduleId(), Limits.CODE);
            check(problems, uw, "revisione", u.review(), Limits.REVIEW);
            u.objectives().forEach(o -> o.forEachObjective(ob -> {
                Supplier<String> ow = () -> where + ", obiettivo " + ob.code();
                if (!objectives.add(ob.code())) {
                    problems.add(ow.get() + ": codice di obiettivo ripetuto nel piano");
                }
                String tags = Json.writeFlat(ob.tags());
                out.tags.put(ob, tags);
                check(problems, ow, "codice", ob.code(), Limits.CODE);
                check(problems, ow, "titolo", ob.title(), Limits.LONG_TEXT);
                check(problems, ow, "tag", tags, Limits.TAGS);
                check(problems, ow, "revisione", ob.review(), Limits.REVIEW);
                for (Indicator i : ob.indicators()) {
                    Supplier<String> iw = () -> where + ", indicatore " + i.code();
                    if (!indicators.add(i.code())) {
                        problems.add(iw.get() + ": codice di indicatore ripetuto nel piano");
                    }
                    String timing = TimingCodec.write(i.timing());
                    String parameters = Json.write(i.parameters());
                    out.timings.put(i, timing);
                    out.parameters.put(i, parameters);
                    check(problems, iw, "codice", i.code(), Limits.CODE);
                    check(problems, iw, "strumento", i.instrument(), Limits.LONG_TEXT);
                    check(problems, iw, "risultato_atteso", i.expectedResult(), Limits.LONG_TEXT);
                    check(problems, iw, "tempi", timing, Limits.TIMING);
                    check(problems, iw, "tipo", i.typeId(), Limits.CODE);
                    check(problems, iw, "parametri", parameters, Limits.LONG_TEXT);
                    check(problems, iw, "revisione", i.review(), Limits.REVIEW);
                }
            }));
        }
        return out;
    }

    /** {@link Limits#check}, with the place written only for a problem (a plan has hundreds of texts). */
    private static void check(List<String> problems, Supplier<String> where, String field, String text, int max) {
        if (text != null && text.length() > max) {
            Limits.check(problems, where.get(), field, text, max);
        }
    }

    /** The outcome of {@link #validate}: the problems, and the JSON texts of the plan's objects as checked. */
    static final class Checked {
        final List<String> problems = new ArrayList<>();
        private final Map<Objective, String> tags = new IdentityHashMap<>();
        private final Map<Indicator, String> timings = new IdentityHashMap<>();
        private final Map<Indicator, String> parameters = new IdentityHashMap<>();

        String tags(Objective o) {
            String t = tags.get(o);
            return t == null ? Json.writeFlat(o.tags()) : t;
        }

        String timing(Indicator i) {
            String t = timings.get(i);
            return t == null ? TimingCodec.write(i.timing()) : t;
        }

        String parameters(Indicator i) {
            String p = parameters.get(i);
            return p == null ? Json.write(i.parameters()) : p;
        }
    }
}
