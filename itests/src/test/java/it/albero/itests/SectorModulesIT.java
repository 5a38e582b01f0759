package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

import it.albero.api.engine.CheckInfo;
import it.albero.api.engine.Engine;
import it.albero.api.engine.ModuleInfo;
import it.albero.api.engine.TypeInfo;
import it.albero.api.model.Evaluation;
import it.albero.api.model.Measurement;
import it.albero.api.model.Plan;
import it.albero.api.model.Status;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/**
 * Issue 6 on the real distribution: each of the five sector modules, installed alone on the core, shows its types
 * and checks (Engine, albero:types, albero:checks, albero:modules with its version and counts) and evaluates the
 * seed's indicators of its types; uninstall then install keeps their measurements and gives identical evaluations.
 * <p>
 * One container: each test installs its module and uninstalls it before it ends, so every module is alone on the
 * core whatever the order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SectorModulesIT extends AlberoTestSupport {

    private static final PlanKey SEED = SeedPlanIT.SEED;
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    @Test
    public void entrate() throws Exception {
        moduleAlone("entrate", "it.albero.sector.entrate", "ENT-01.1", "emessi=12 da_emettere=15");
    }

    @Test
    public void poliziaLocale() throws Exception {
        moduleAlone("polizia-locale", "it.albero.sector.polizialocale", "PL-04.1", "controlli=30");
    }

    @Test
    public void welfare() throws Exception {
        moduleAlone("welfare", "it.albero.sector.welfare", "WEL-04.2", "richieste=20 soddisfatte=19");
    }

    @Test
    public void pnrr() throws Exception {
        moduleAlone("pnrr", "it.albero.sector.pnrr", "FIN-06.1", "importo=100000");
    }

    @Test
    public void pianoDiZona() throws Exception {
        moduleAlone("piano-di-zona", "it.albero.sector.pianodizona", "WEL-12.1", "promossi=4 partecipati=3");
    }

    private void moduleAlone(String id, String bundleName, String code, String values) throws Exception {
        String feature = "albero-sector-" + id;
        Engine engine = service(Engine.class);
        assertEquals("sector modules on the core before " + id, List.of(),
                engine.modules().stream().map(ModuleInfo::id).collect(Collectors.toList()));
        installAndAssertFeature(feature);
        try {
            waitFor(id + " not in Engine.modules()", () -> module(engine, id) != null, SHORT);
            assertEquals("modules with " + id + " alone", List.of(id),
                    engine.modules().stream().map(ModuleInfo::id).collect(Collectors.toList()));
            ModuleInfo info = module(engine, id);

            // types: in the engine with the module id, and in albero:types
            List<TypeInfo> types = engine.types().stream().filter(t -> id.equals(t.moduleId()))
                    .collect(Collectors.toList());
            assertFalse(id + " has no types", types.isEmpty());
            String typesOut = executeCommand("albero:types --module " + id);
            for (TypeInfo t : types) {
                assertTrue(t.id() + " does not start with " + id + ".", t.id().startsWith(id + "."));
                assertEquals(bundleName, t.bundle());
                assertTrue("albero:types --module " + id + " lacks " + t.id() + ":\n" + typesOut,
                        typesOut.lines().anyMatch(l -> l.contains(t.id()) && l.contains(id)));
            }
            assertTrue(executeCommand("albero:types").contains(types.get(0).id()));

            // checks: in the engine with the module id, and in albero:checks
            List<CheckInfo> checks = engine.checks().stream().filter(c -> id.equals(c.moduleId()))
                    .collect(Collectors.toList());
            String checksOut = executeCommand("albero:checks --module " + id);
            for (CheckInfo c : checks) {
                assertTrue("albero:checks lacks " + c.id() + ":\n" + checksOut, checksOut.contains(c.id()));
            }

            // albero:modules: its row with the bundle's version and the counts
            Bundle bundle = bundles(bundleName).stream().filter(b -> b.getSymbolicName().equals(bundleName))
                    .findFirst().orElseThrow();
            assertEquals(bundle.getVersion().toString(), info.version());
            assertEquals(bundleName, info.bundle());
            assertEquals("types of " + id, types.size(), info.types());
            assertEquals("checks of " + id, checks.size(), info.checks());
            String modulesOut = executeCommand("albero:modules");
            String row = modulesOut.lines().filter(l -> l.strip().startsWith(id + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + id + " in albero:modules:\n" + modulesOut));
            List<String> cells = java.util.Arrays.stream(row.split("\\|")).map(String::strip)
                    .collect(Collectors.toList());
            assertTrue("albero:modules row: " + row, cells.contains(info.version())
                    && cells.contains(String.valueOf(types.size())) && cells.contains(String.valueOf(checks.size())));
            System.out.printf("%s alone: %d types, %d checks, version %s%n", id, types.size(), checks.size(),
                    info.version());

            // a measurement, then the evaluations of the seed's indicators of its types
            MeasurementStore store = service(MeasurementStore.class);
            long mid = StoreIT.recordedId(executeCommand("albero:measure --note \"prova " + id + "\" " + code
                    + " 2025-06-30 " + values), code);
            List<Measurement> kept = store.list(SEED, code);
            assertTrue(kept.stream().anyMatch(m -> m.id() == mid));
            Plan plan = service(PlanStore.class).load(SEED).orElseThrow();
            Map<String, Evaluation> installed = ofModule(plan, id);
            assertFalse("the seed has no indicator of a type of " + id, installed.isEmpty());
            installed.forEach((c, e) -> assertTrue(c + " with " + id + " installed: " + e,
                    e.status() != Status.MODULO_NON_INSTALLATO && e.status() != Status.ERRORE));
            Evaluation measured = installed.get(code);
            assertTrue(code + " is of a type of " + id, measured != null);
            assertTrue(code + " with a measurement: " + measured, measured.status() != Status.DATI_MANCANTI
                    && measured.status() != Status.NON_ANCORA_DOVUTO);

            // uninstall: data kept, indicators "modulo non installato"
            uninstallFeature(feature);
            waitFor(id + " still in Engine.modules()", () -> module(engine, id) == null, SHORT);
            assertTrue(id + " types left", engine.types().stream().noneMatch(t -> id.equals(t.moduleId())));
            assertFalse(executeCommand("albero:modules").lines().anyMatch(l -> l.strip().startsWith(id + " ")));
            assertEquals("measurements changed when " + id + " went", kept, store.list(SEED, code));
            assertTrue(StoreIT.rowOf(executeCommand("albero:measurements " + code), mid).contains("prova " + id));
            ofModule(plan, id).forEach((c, e) -> assertEquals(c + " without " + id + ": " + e,
                    Status.MODULO_NON_INSTALLATO, e.status()));

            // install again: the same data, the same evaluations
            installAndAssertFeature(feature);
            waitFor(id + " not back in Engine.modules()", () -> module(engine, id) != null, SHORT);
            assertEquals(kept, store.list(SEED, code));
            assertEquals("evaluations of " + id + " indicators after uninstall and install", installed,
                    ofModule(plan, id));
            assertEquals(info.types(), module(engine, id).types());
            assertEquals(info.checks(), module(engine, id).checks());
        } finally {
            if (isInstalled(feature)) {
                uninstallFeature(feature);
            }
            waitFor(id + " left installed", () -> module(engine, id) == null, SHORT);
        }
    }

    private static ModuleInfo module(Engine engine, String id) {
        return engine.modules().stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    /** The evaluations, at the end of the year, of the seed's indicators whose type belongs to the module. */
    private Map<String, Evaluation> ofModule(Plan plan, String id) {
        Map<String, Evaluation> all = indicatorEvaluations(service(Engine.class).evaluate(plan,
                service(MeasurementStore.class).source(SEED), YEAR_END));
        Map<String, Evaluation> out = new java.util.LinkedHashMap<>();
        plan.indicators().stream().filter(i -> i.typeId().startsWith(id + "."))
                .forEach(i -> out.put(i.code(), all.get(i.code())));
        return out;
    }
}
