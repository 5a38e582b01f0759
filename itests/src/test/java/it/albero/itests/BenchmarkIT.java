package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/**
 * Issue 16, the benchmark across enti: the seed plan of Cesano Boscone (A) imported again under three more enti (B, C,
 * D), different measurements of the ratio ENT-04.1 (target 100%) as of 30/06/2025: A 80 su 100 (80%), B 45 su 50 (90%),
 * C 8 su 10 (80%), D none. By hand: ranks B 1, A 2, C 2 (tie); values ascending 80, 80, 90: Q1 = 80, median = 80,
 * Q3 = 85 (linear interpolation, h = 1.5), min 80, max 90, n = 3; D apart, without data. The console and the REST API
 * must give exactly that, and a user limited to C sees the other enti only as "altro ente".
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BenchmarkIT extends AlberoTestSupport {

    static final PlanKey A = SeedPlanIT.SEED;
    static final PlanKey B = new PlanKey("comune-bi", A.planCode());
    static final PlanKey C = new PlanKey("comune-ci", A.planCode());
    static final PlanKey D = new PlanKey("comune-di", A.planCode());
    static final String AS_OF = "2025-06-30";
    static final String RATIO = "ENT-04.1";
    /** A reader limited to ente C (password = name). */
    static final String OF_C = "lettore-ci";

    private RestClient rest;

    @Override
    @Configuration
    public Option[] configuration() {
        List<Option> options = new ArrayList<>(List.of(super.configuration()));
        options.add(editConfigurationFilePut("etc/users.properties", OF_C, OF_C + ",lettore,ente-" + C.enteCode()
                + ",ssh"));
        return options.toArray(new Option[0]);
    }

    @Before
    public void fourEnti() {
        rest = new RestClient(bundleContext);
        PlanStore plans = service(PlanStore.class);
        if (plans.summary(D).isPresent()) {
            return;
        }
        String yaml = rest.get("/plans/" + A + "/export?format=yaml", USER).expect(200, "export of A").text();
        for (PlanKey k : List.of(B, C, D)) {
            String of = yaml.replaceFirst("codice: " + A.enteCode() + "\n", "codice: " + k.enteCode() + "\n")
                    .replaceFirst("nome: Comune di Cesano Boscone\n", "nome: Comune di " + k.enteCode() + "\n");
            rest.call("POST", "/plans/import?filename=" + k.enteCode() + ".yaml", USER,
                    of.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/yaml"))
                    .expect(200, "import of " + k);
        }
        measure(A, 80, 100);
        measure(B, 45, 50);
        measure(C, 8, 10);
        assertTrue(plans.summary(D).isPresent());
    }

    private void measure(PlanKey plan, int num, int den) {
        rest.post("/plans/" + plan + "/indicators/" + RATIO + "/measurements", USER, Map.of("date", AS_OF,
                "values", Map.of("numeratore", String.valueOf(num), "denominatore", String.valueOf(den))))
                .expect(201, "a measurement of " + plan);
    }

    private JsonNode benchmark(PlanKey plan, String user) {
        return rest.get("/plans/" + plan + "/benchmark/indicators/" + RATIO + "?asOf=" + AS_OF, user)
                .expect(200, "benchmark of " + plan).json();
    }

    @Test
    public void restGivesTheRanksAndQuartilesComputedByHand() {
        // a change anywhere (here another indicator of D) makes the next benchmark evaluate the four plans again
        rest.post("/plans/" + D + "/indicators/ENT-07.1/measurements", USER, Map.of("date", "2025-05-31",
                "values", Map.of("numeratore", "1", "denominatore", "2"))).expect(201, "a change");
        long t0 = System.nanoTime();
        JsonNode b = benchmark(A, USER);
        long t1 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            benchmark(B, USER);
        }
        long t2 = System.nanoTime();
        System.out.printf("BenchmarkIT: primo confronto di 4 enti (4 piani x 286 indicatori valutati) %d ms;"
                + " poi %.1f ms a richiesta REST%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1e6 / 20);
        assertEquals("valore", b.path("measure").asText());
        assertEquals("%", b.path("unitOfMeasure").asText());
        assertFalse(b.path("lowerIsBetter").asBoolean());
        assertEquals(2025, b.path("referenceYear").asInt());
        assertEquals(4, b.path("enti").asInt());
        assertEquals(3, b.path("n").asInt());
        assertEquals(80.0, b.path("min").asDouble(), 1e-9);
        assertEquals(80.0, b.path("q1").asDouble(), 1e-9);
        assertEquals(80.0, b.path("median").asDouble(), 1e-9);
        assertEquals(85.0, b.path("q3").asDouble(), 1e-9);
        assertEquals(90.0, b.path("max").asDouble(), 1e-9);
        assertEquals(List.of("comune-bi:1:90.0", "cesano-boscone:2:80.0", "comune-ci:2:80.0"), ranks(b));
        assertEquals(D.enteCode(), b.path("withoutData").get(0).path("ente").asText());
        assertEquals(1, b.path("withoutData").size());
        assertEquals(A.enteCode(), b.path("position").path("ente").asText());
        assertEquals(2, b.path("position").path("rank").asInt());
        assertTrue(b.path("position").path("own").asBoolean());
    }

    private static List<String> ranks(JsonNode b) {
        List<String> out = new ArrayList<>();
        b.path("entries").forEach(e -> out.add(e.path("ente").asText() + ":" + e.path("rank").asInt() + ":"
                + e.path("value").asDouble()));
        return out;
    }

    @Test
    public void consoleGivesTheSameFigures() {
        String out = executeCommand("albero:benchmark " + RATIO + " --as-of " + AS_OF + " --plan " + B);
        assertTrue(out, out.contains("3 enti con dati su 4: minimo 80%, Q1 80%, mediana 80%, Q3 85%, massimo 90%."));
        assertTrue(out, out.contains("Comune di comune-bi: 1° su 3 (90%, quartile migliore)."));
        assertTrue(out, out.contains("1 ente senza dati alla data"));
        assertTrue(out, out.contains("Comune di comune-di (comune-di)"));
        String mine = executeCommand("albero:benchmark " + RATIO + " --as-of 30/06/2025 --plan " + A);
        assertTrue(mine, mine.contains("Comune di Cesano Boscone: 2° su 3 (80%"));
        String unit = executeCommand("albero:benchmark --unit ENT --as-of " + AS_OF + " --plan " + C);
        assertTrue(unit, unit.contains("Posizione di ogni indicatore dell'unità:"));
        assertTrue(unit, unit.contains(RATIO));
        CommandResult both = tryCommand("albero:benchmark " + RATIO + " --unit ENT --plan " + A);
        assertTrue(both.toString(), both.failed());
        assertTrue(both.toString(), both.error.contains("non entrambi"));
    }

    @Test
    public void aUserOfOneEnteSeesTheOthersAnonymised() {
        JsonNode b = benchmark(C, OF_C);
        assertEquals(3, b.path("n").asInt());
        assertEquals(85.0, b.path("q3").asDouble(), 1e-9);
        String text = b.toString();
        for (PlanKey other : List.of(A, B, D)) {
            assertFalse(text, text.contains(other.enteCode()));
        }
        assertFalse(text, text.contains("Cesano"));
        assertEquals(List.of("null:1:90.0", "null:2:80.0", "comune-ci:2:80.0"), ranksOrNull(b));
        assertEquals("altro ente", b.path("entries").get(0).path("enteName").asText());
        rest.get("/plans/" + A + "/benchmark/indicators/" + RATIO, OF_C).expect(404, "another ente's plan");
        Subject user = login(OF_C);
        CommandResult own = tryCommandAs(user, "albero:benchmark " + RATIO + " --as-of " + AS_OF + " --plan " + C);
        assertFalse(own.toString(), own.failed());
        assertFalse(own.output, own.output.contains("Cesano"));
        assertTrue(own.output, own.output.contains("altro ente"));
        CommandResult other = tryCommandAs(user, "albero:benchmark " + RATIO + " --plan " + A);
        assertTrue(other.toString(), other.failed());
    }

    private static List<String> ranksOrNull(JsonNode b) {
        List<String> out = new ArrayList<>();
        b.path("entries").forEach(e -> out.add((e.path("ente").isMissingNode() ? "null" : e.path("ente").asText())
                + ":" + e.path("rank").asInt() + ":" + e.path("value").asDouble()));
        return out;
    }

    @Test
    public void unitComparesTheSameUnitAcrossEnti() {
        JsonNode u = rest.get("/plans/" + B + "/benchmark/units/ENT?asOf=" + AS_OF, USER).expect(200, "unit").json();
        assertEquals("ENT", u.path("unit").path("subject").asText());
        assertEquals(4, u.path("unit").path("enti").asInt());
        JsonNode ratio = null;
        for (JsonNode i : u.path("indicators")) {
            if (i.path("subject").asText().equals(RATIO)) {
                ratio = i;
            }
        }
        assertTrue(u.toString(), ratio != null);
        assertEquals(1, ratio.path("entries").size());
        assertEquals(1, ratio.path("position").path("rank").asInt());
        assertEquals(85.0, ratio.path("q3").asDouble(), 1e-9);
        rest.get("/plans/" + B + "/benchmark/units/NOPE?asOf=" + AS_OF, USER).expect(404, "unknown unit");
        rest.get("/plans/" + B + "/benchmark/indicators/NOPE-1.1", USER).expect(404, "unknown indicator");
    }
}
