package it.albero.store.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import it.albero.api.model.Indicator;
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

    /** Store-level checks: codes unique within the plan and texts that fit their columns. */
    static List<String> validate(Plan plan) {
        List<String> problems = new ArrayList<>();
        String where = "piano " + plan.ente().code() + "/" + plan.code();
        Limits.check(problems, where, "codice ente", plan.ente().code(), Limits.CODE);
        Limits.check(problems, where, "nome ente", plan.ente().name(), Limits.NAME);
        Limits.check(problems, where, "codice", plan.code(), Limits.CODE);
        Limits.check(problems, where, "titolo", plan.title(), Limits.NAME);
        Set<String> units = new HashSet<>();
        Set<String> objectives = new HashSet<>();
        Set<String> indicators = new HashSet<>();
        for (OrgUnit u : plan.units()) {
            String uw = where + ", unità " + u.code();
            if (!units.add(u.code())) {
                problems.add(uw + ": codice di unità ripetuto");
            }
            Limits.check(problems, uw, "codice", u.code(), Limits.CODE);
            Limits.check(problems, uw, "nome", u.name(), Limits.NAME);
            Limits.check(problems, uw, "modulo", u.moduleId(), Limits.CODE);
            Limits.check(problems, uw, "revisione", u.review(), Limits.REVIEW);
            u.objectives().forEach(o -> o.forEachObjective(ob -> {
                String ow = where + ", obiettivo " + ob.code();
                if (!objectives.add(ob.code())) {
                    problems.add(ow + ": codice di obiettivo ripetuto nel piano");
                }
                Limits.check(problems, ow, "codice", ob.code(), Limits.CODE);
                Limits.check(problems, ow, "titolo", ob.title(), Limits.LONG_TEXT);
                Limits.check(problems, ow, "tag", Json.write(ob.tags()), Limits.TAGS);
                Limits.check(problems, ow, "revisione", ob.review(), Limits.REVIEW);
                for (Indicator i : ob.indicators()) {
                    String iw = where + ", indicatore " + i.code();
                    if (!indicators.add(i.code())) {
                        problems.add(iw + ": codice di indicatore ripetuto nel piano");
                    }
                    Limits.check(problems, iw, "codice", i.code(), Limits.CODE);
                    Limits.check(problems, iw, "strumento", i.instrument(), Limits.LONG_TEXT);
                    Limits.check(problems, iw, "risultato_atteso", i.expectedResult(), Limits.LONG_TEXT);
                    Limits.check(problems, iw, "tempi", TimingCodec.write(i.timing()), Limits.TIMING);
                    Limits.check(problems, iw, "tipo", i.typeId(), Limits.CODE);
                    Limits.check(problems, iw, "parametri", Json.write(i.parameters()), Limits.LONG_TEXT);
                    Limits.check(problems, iw, "revisione", i.review(), Limits.REVIEW);
                }
            }));
        }
        return problems;
    }
}
