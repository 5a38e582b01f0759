package it.albero.sector.pnrr.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Values;

/** Walks the PNRR objectives of units, wherever they sit, with the measure tag their phases inherit. */
final class PnrrObjectives {

    private PnrrObjectives() {
    }

    /** Visits every objective and phase that carries, or inherits, a {@code pnrr} tag, with that tag. */
    static void forEach(List<OrgUnit> units, BiConsumer<Objective, String> visitor) {
        for (OrgUnit u : units) {
            for (Objective o : u.objectives()) {
                visit(o, null, visitor);
            }
        }
    }

    private static void visit(Objective o, String inherited, BiConsumer<Objective, String> visitor) {
        String tag = Optional.ofNullable(o.tags().get(Objective.TAG_PNRR)).filter(t -> !t.isBlank()).orElse(inherited);
        if (tag != null) {
            visitor.accept(o, tag);
        }
        for (Objective phase : o.phases()) {
            visit(phase, tag, visitor);
        }
    }

    /**
     * Every date an indicator must meet: its {@code scadenza}, the end of its {@code finestra}, the deadlines of
     * its phases and bands, and the deadline of its Tempi.
     */
    static List<LocalDate> deadlines(Indicator i) {
        List<LocalDate> out = new ArrayList<>();
        Values p = i.parameters();
        quietly(() -> p.date("scadenza")).ifPresent(out::add);
        quietly(() -> p.values("finestra").flatMap(w -> w.date("a"))).ifPresent(out::add);
        for (String list : List.of("fasi", "fasce")) {
            for (Object item : p.list(list)) {
                if (item instanceof Values v) {
                    for (String key : List.of("scadenza", "entro")) {
                        quietly(() -> v.date(key)).ifPresent(out::add);
                    }
                }
            }
        }
        i.timing().deadline().ifPresent(out::add);
        return out;
    }

    private static <T> Optional<T> quietly(java.util.function.Supplier<Optional<T>> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
