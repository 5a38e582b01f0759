package it.albero.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.albero.api.model.Values;

/** A plan as read from a file, before validation: every value with where it was. */
final class Drafts {

    private Drafts() {
    }

    static final class PlanDraft {
        Loc loc = Loc.FILE;
        Cell format = Cell.absent(Loc.FILE);
        Cell enteCode = Cell.absent(Loc.FILE);
        Cell enteName = Cell.absent(Loc.FILE);
        Cell code = Cell.absent(Loc.FILE);
        Cell title = Cell.absent(Loc.FILE);
        Cell startYear = Cell.absent(Loc.FILE);
        Cell endYear = Cell.absent(Loc.FILE);
        Cell referenceYear = Cell.absent(Loc.FILE);
        Cell status = Cell.absent(Loc.FILE);
        final List<UnitDraft> units = new ArrayList<>();
    }

    static final class UnitDraft {
        Loc loc;
        Cell code;
        Cell name;
        Cell kind;
        Cell module;
        Cell review;
        final List<ObjectiveDraft> objectives = new ArrayList<>();

        UnitDraft(Loc loc) {
            this.loc = loc;
            code = name = kind = module = review = Cell.absent(loc);
        }
    }

    static final class ObjectiveDraft {
        Loc loc;
        Cell code;
        Cell title;
        Cell weight;
        Cell review;
        final Map<String, String> tags = new LinkedHashMap<>();
        Loc tagsLoc;
        final List<ObjectiveDraft> phases = new ArrayList<>();
        final List<IndicatorDraft> indicators = new ArrayList<>();

        ObjectiveDraft(Loc loc) {
            this.loc = loc;
            tagsLoc = loc;
            code = title = weight = review = Cell.absent(loc);
        }
    }

    static final class IndicatorDraft {
        Loc loc;
        Cell code;
        Cell instrument;
        Cell expected;
        Cell tempi;
        Cell type;
        Cell weight;
        Cell review;
        /** {@code null} when the file gives none. */
        Values parameters;
        Loc parametersLoc;

        IndicatorDraft(Loc loc) {
            this.loc = loc;
            parametersLoc = loc;
            code = instrument = expected = tempi = type = weight = review = Cell.absent(loc);
        }
    }
}
