package it.albero.sector.manutenzione.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.spi.BaseCheck;
import it.albero.api.spi.Check;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.Finding;
import it.albero.api.spi.Messages;
import it.albero.api.spi.Severity;
import it.albero.api.spi.Steps.Done;
import it.albero.api.spi.Steps.Planned;
import it.albero.api.spi.Texts;

/**
 * {@code manutenzione.fine-lavori-cre}: for each public work (the works-stage indicators of one objective, by their
 * {@code opera}; the PNRR module's {@code pnrr.fasi-lavori} indicators too, which use the same stage names), the
 * certificate of regular execution within three months of the end of works (Allegato II.14 D.Lgs. 36/2023): planned
 * later is a warning, recorded later or still missing past the three months is an error. Stages planned with dates
 * against the legal order (across the objective's indicators) are a warning.
 */
@Component(service = Check.class)
public class EndToCertificateCheck extends BaseCheck {

    static final String ID = "manutenzione.fine-lavori-cre";

    /** The types whose {@code fasi} and {@code fase} use the works stages. */
    static final List<String> WORKS_TYPES = List.of(WorksStagesType.ID, "pnrr.fasi-lavori");

    private final Messages text;

    public EndToCertificateCheck() {
        this(ManutenzioneModule.italian());
    }

    EndToCertificateCheck(Messages text) {
        super(ID, ManutenzioneModule.ID, text.get("cre.check.label"));
        this.text = text;
    }

    /** The stages of one work: planned and done, each with the indicator that holds it. */
    private record Work(List<Planned> planned, List<String> plannedAt, List<Done> done, List<String> doneAt, int months) {
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (OrgUnit u : context.units()) {
            for (Objective o : u.objectives()) {
                o.forEachObjective(obj -> out.addAll(checkObjective(context, obj)));
            }
        }
        return out;
    }

    private List<Finding> checkObjective(CheckContext context, Objective o) {
        Map<String, Work> works = new LinkedHashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Indicator i : o.indicators()) {
            if (!WORKS_TYPES.contains(i.typeId())) {
                continue;
            }
            String name = i.parameters().text("opera").orElse("");
            Work w = works.computeIfAbsent(name, n -> new Work(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), WorksStagesType.creMonths(i)));
            try {
                for (Planned p : Stages.planned(Stages.WORKS, i)) {
                    w.planned().add(p);
                    w.plannedAt().add(i.code());
                }
                for (Done d : Stages.WORKS.done(context.measurements(i.code()), "fase", Stages.NUMBERED)) {
                    w.done().add(d);
                    w.doneAt().add(i.code());
                }
            } catch (IllegalArgumentException e) {
                out.add(new Finding(ID, Severity.ERRORE, i.code(), e.getMessage()));
            }
        }
        works.values().forEach(w -> checkWork(context, w, out));
        return out;
    }

    private void checkWork(CheckContext context, Work w, List<Finding> out) {
        // planned: dates against the legal order, and the CRE within the months of the end of works
        for (int a = 0; a < w.planned().size(); a++) {
            for (int b = 0; b < w.planned().size(); b++) {
                Planned pa = w.planned().get(a);
                Planned pb = w.planned().get(b);
                if (Stages.WORKS.rank(pa.step()) < Stages.WORKS.rank(pb.step()) && pa.due().isAfter(pb.due())) {
                    out.add(new Finding(ID, Severity.AVVISO, w.plannedAt().get(b), text.get("cre.check.planOrder",
                            Stages.label(text, pb.step()), Texts.date(pb.due()), Stages.label(text, pa.step()),
                            w.plannedAt().get(a), Texts.date(pa.due()))));
                }
            }
        }
        Optional<Integer> end = index(w.planned(), "fine-lavori");
        Optional<Integer> cre = index(w.planned(), "cre");
        if (end.isPresent() && cre.isPresent()) {
            LocalDate endDue = w.planned().get(end.get()).due();
            LocalDate creDue = w.planned().get(cre.get()).due();
            LocalDate limit = endDue.plusMonths(w.months());
            if (creDue.isAfter(limit)) {
                out.add(new Finding(ID, Severity.AVVISO, w.plannedAt().get(cre.get()), text.get("cre.check.planned",
                        Texts.date(creDue), w.months(), Texts.date(endDue), w.plannedAt().get(end.get()), Texts.date(limit))));
            }
        }
        // done: the CRE within the months of the recorded end of works
        Optional<Integer> ended = indexDone(w.done(), "fine-lavori");
        if (ended.isPresent()) {
            Done e = w.done().get(ended.get());
            LocalDate limit = e.date().plusMonths(w.months());
            Optional<Integer> certified = indexDone(w.done(), "cre");
            if (certified.isPresent() && w.done().get(certified.get()).date().isAfter(limit)) {
                out.add(new Finding(ID, Severity.ERRORE, w.doneAt().get(certified.get()), text.get("cre.check.late",
                        Texts.date(w.done().get(certified.get()).date()), w.months(), Texts.date(e.date()), Texts.date(limit))));
            } else if (certified.isEmpty() && context.asOf().isAfter(limit)) {
                out.add(new Finding(ID, Severity.ERRORE, w.doneAt().get(ended.get()), text.get("cre.check.missing",
                        Texts.date(e.date()), w.months(), Texts.date(limit))));
            }
        }
        for (Done[] pair : Stages.WORKS.inversions(w.done())) {
            out.add(new Finding(ID, Severity.ERRORE, w.doneAt().get(w.done().indexOf(pair[0])), text.get("cre.check.order",
                    Stages.label(text, pair[0].step()), Texts.date(pair[0].date()), Stages.label(text, pair[1].step()),
                    Texts.date(pair[1].date()))));
        }
    }

    private static Optional<Integer> index(List<Planned> planned, String name) {
        for (int i = 0; i < planned.size(); i++) {
            if (planned.get(i).step().name().equals(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> indexDone(List<Done> done, String name) {
        for (int i = 0; i < done.size(); i++) {
            if (done.get(i).step().name().equals(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
