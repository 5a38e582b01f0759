package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
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

import it.albero.api.store.AuditTrail;
import it.albero.api.store.MeasurementStore;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/**
 * Issue 16, several enti in one installation: the demo plan of Cesano Boscone (ente A) and the same plan under a
 * second ente (B, {@code comune-altrove}), users limited to each by a role {@code ente-<CODE>} (administrators of their ente,
 * so that only the ente limit can refuse). For every path of the API's own OpenAPI document, with B's codes, a user
 * of A gets 403 or 404 and B's data do not change; the same paths with A's codes answer the same user; lists show
 * nothing of B. At the console the limited user neither reads nor writes B.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MultiEnteIT extends AlberoTestSupport {

    static final PlanKey A = SeedPlanIT.SEED;
    static final PlanKey B = new PlanKey("comune-altrove", A.planCode());
    static final String B_NAME = "Comune di Altrove";
    /** An administrator limited to ente A, and one limited to ente B (password = name). */
    static final String OF_A = "capo-cesano";
    static final String OF_B = "capo-altrove";

    private RestClient rest;

    @Override
    @Configuration
    public Option[] configuration() {
        List<Option> options = new ArrayList<>(List.of(super.configuration()));
        options.add(editConfigurationFilePut("etc/users.properties", OF_A, OF_A + ",admin,ente-" + A.enteCode()
                + ",ssh"));
        options.add(editConfigurationFilePut("etc/users.properties", OF_B, OF_B + ",admin,ente-" + B.enteCode()
                + ",ssh"));
        return options.toArray(new Option[0]);
    }

    /** Ente B: the demo plan exported and imported again under B's code and name, with a measurement of B. */
    @Before
    public void secondEnte() {
        rest = new RestClient(bundleContext);
        PlanStore plans = service(PlanStore.class);
        if (plans.summary(B).isPresent()) {
            return;
        }
        if (rest.get("/plans/" + A + "/indicators/ENT-02.1/measurements", OF_A).json().size() == 0) {
            rest.post("/plans/" + A + "/indicators/ENT-02.1/measurements", OF_A, Map.of("date", "2025-06-30",
                    "values", Map.of("emessi", "5", "da_emettere", "20"))).expect(201, "a measurement of A");
        }
        String yaml = rest.get("/plans/" + A + "/export?format=yaml", "karaf").expect(200, "export of A").text();
        String of = yaml.replaceFirst("codice: " + A.enteCode() + "\n", "codice: " + B.enteCode() + "\n")
                .replaceFirst("nome: Comune di Cesano Boscone\n", "nome: " + B_NAME + "\n");
        assertNotEquals("the ente's code and name are replaced", yaml, of);
        rest.call("POST", "/plans/import?filename=altrove.yaml", "karaf", of.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/yaml")).expect(200, "import of B by the unlimited administrator");
        rest.post("/plans/" + B + "/indicators/ENT-02.1/measurements", OF_B,
                Map.of("date", "2025-09-30", "values", Map.of("emessi", "10", "da_emettere", "20"),
                        "evidence", "Determina n. 1 del 30/09/2025")).expect(201, "a measurement of B by B's user");
        assertTrue(plans.summary(B).isPresent());
    }

    /** What of B the store holds: its version, its measurements, its overrides, and the latest audit entry. */
    private String stateOfB() {
        return service(PlanStore.class).summary(B).orElseThrow().version() + "|"
                + service(MeasurementStore.class).count(B) + "|" + service(OverrideStore.class).active(B).keySet()
                + "|" + service(AuditTrail.class).latestId();
    }

    /** The values that fill a path template, for a plan of {@code ente}. */
    private Map<String, String> values(PlanKey plan, String user) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("ente", plan.enteCode());
        v.put("plan", plan.planCode());
        v.put("unit", "ENT");
        v.put("code", "ENT-02.1");
        v.put("kind", "monitoraggio");
        v.put("source", "nessuna");
        v.put("id", "1");
        JsonNode list = rest.get("/plans/" + plan + "/indicators/ENT-02.1/measurements", user).json();
        if (list.size() > 0) {
            v.put("id", list.get(0).path("id").asText());
        }
        JsonNode sources = rest.get("/feeds", user).json();
        if (sources.size() > 0) {
            v.put("source", sources.get(0).path("id").asText());
        }
        JsonNode types = rest.get("/types", user).json();
        v.put("id-type", types.get(0).path("id").asText());
        return v;
    }

    private static String fill(String template, Map<String, String> v) {
        String path = template;
        if (path.startsWith("/types/")) {
            return path.replace("{id}", v.get("id-type"));
        }
        for (Map.Entry<String, String> e : v.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }
        assertFalse("every variable filled: " + path, path.contains("{"));
        return path;
    }

    /** A body the operation would accept from a user of that ente: the refusal must not come from a bad body. */
    private static Object body(String method, String path) {
        if (path.endsWith("/measurements") || path.endsWith("/correction")) {
            return Map.of("date", "2025-10-31", "values", Map.of("emessi", "11", "da_emettere", "20"));
        }
        if (path.endsWith("/status")) {
            return Map.of("status", "rendicontazione");
        }
        if (path.contains("/overrides/")) {
            return method.equals("PUT") ? Map.of("score", 0.5, "note", "prova") : Map.of("note", "prova");
        }
        if (path.contains("/feeds/")) {
            return "codice;data;valore\nENT-02.1;31/10/2025;1\n".getBytes(StandardCharsets.UTF_8);
        }
        return method.equals("GET") ? null : Map.of();
    }

    private RestClient.Response call(String method, String path, String user, int version) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("If-Match", "\"v" + version + "\"");
        String target = path.contains("/feeds/") ? path + "?filename=rilevazioni.csv&dryRun=true" : path;
        return rest.call(method, target, user, body(method, path), headers);
    }

    @Test
    public void everyPathOfAnotherEnteIsRefusedAndChangesNothing() {
        JsonNode paths = rest.get("/openapi.json", OF_A).expect(200, "OpenAPI").json().path("paths");
        Map<String, String> ofB = values(B, OF_B);
        Map<String, String> ofA = values(A, OF_A);
        String before = stateOfB();
        int versionB = service(PlanStore.class).summary(B).orElseThrow().version();
        List<String> walked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            String template = p.getKey();
            for (Iterator<String> methods = p.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase(java.util.Locale.ROOT);
                if (template.equals("/session")) {
                    continue; // login and logout: no ente in them (GET /session is checked below)
                }
                walked.add(method + " " + template);
                if (template.contains("{ente}")) {
                    RestClient.Response r = call(method, fill(template, ofB), OF_A, versionB);
                    if (r.status() != 404 && r.status() != 403) {
                        wrong.add(method + " " + fill(template, ofB) + " -> " + r.status() + " " + r.text());
                    }
                    if (r.text().contains(B_NAME)) {
                        wrong.add(method + " " + fill(template, ofB) + " shows B's name: " + r.text());
                    }
                    if (method.equals("GET")) {
                        RestClient.Response mine = rest.get(fill(template, ofA), OF_A);
                        if (mine.status() != 200) {
                            wrong.add("own ente: GET " + fill(template, ofA) + " -> " + mine.status() + " "
                                    + mine.text());
                        }
                        RestClient.Response theirs = rest.get(fill(template, ofB), OF_B);
                        if (theirs.status() != 200) {
                            wrong.add("B's user: GET " + fill(template, ofB) + " -> " + theirs.status());
                        }
                    }
                } else if (method.equals("GET")) {
                    RestClient.Response r = rest.get(fill(template, ofA), OF_A);
                    if (r.status() != 200) {
                        wrong.add("GET " + template + " -> " + r.status() + " " + r.text());
                    }
                    if (r.text().contains(B.enteCode()) || r.text().contains(B_NAME)) {
                        wrong.add("GET " + template + " lists ente B: " + r.text());
                    }
                }
            }
        }
        System.out.println("MultiEnteIT walked " + walked.size() + " operations: " + walked);
        assertEquals("refusals\n" + String.join("\n", wrong), List.of(), wrong);
        assertTrue("the walk covered the API: " + walked, walked.size() >= 25);
        assertTrue(walked.contains("POST /plans/{ente}/{plan}/indicators/{code}/measurements"));
        assertTrue(walked.contains("PUT /plans/{ente}/{plan}/overrides/{code}"));
        assertEquals("nothing of B changed", before, stateOfB());
        // B's user sees B and not A: the limit works both ways
        String plansOfB = rest.get("/plans", OF_B).text();
        assertTrue(plansOfB, plansOfB.contains(B.enteCode()) && !plansOfB.contains(A.enteCode()));
        // an unlimited user sees both
        String all = rest.get("/enti", "lettore").text();
        assertTrue(all, all.contains(B_NAME) && all.contains("Cesano Boscone"));
        JsonNode session = rest.get("/session", OF_A).json();
        assertEquals(A.enteCode(), session.path("enti").get(0).asText());
    }

    @Test
    public void anImportOfAnotherEntesPlanIsRefusedAndWritesNothing() {
        String yaml = rest.get("/plans/" + B + "/export?format=yaml", OF_B).expect(200, "export of B").text();
        String before = stateOfB();
        for (String dryRun : List.of("true", "false")) {
            RestClient.Response r = rest.call("POST", "/plans/import?filename=altrove.yaml&dryRun=" + dryRun, OF_A,
                    yaml.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/yaml"));
            assertEquals(r.text(), 403, r.status());
            assertTrue(r.text(), r.text().contains("non può importare piani dell'ente 'comune-altrove'"));
        }
        assertEquals(before, stateOfB());
        // the same file is B's user's to import
        rest.call("POST", "/plans/import?filename=altrove.yaml&dryRun=true", OF_B,
                yaml.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/yaml"))
                .expect(200, "dry run of B's plan by B's user");
    }

    @Test
    public void theLimitedUserWorksOnItsOwnEnte() {
        long count = service(MeasurementStore.class).count(A);
        rest.post("/plans/" + A + "/indicators/ENT-02.1/measurements", OF_A,
                Map.of("date", "2025-09-30", "values", Map.of("emessi", "12", "da_emettere", "20")))
                .expect(201, "a measurement of A by A's administrator");
        assertEquals(count + 1, service(MeasurementStore.class).count(A));
        // the demo director limited to Cesano Boscone: its unit role works in its ente, and only there
        Map<String, Object> milestone = Map.of("date", "2025-11-30", "values", Map.of("data", "2025-11-30", "atto",
                "Delibera n. 5 del 30/11/2025"));
        rest.post("/plans/" + A + "/indicators/PL-01.2/measurements", "cesano", milestone)
                .expect(201, "the director of PL measures PL in its ente");
        rest.post("/plans/" + A + "/indicators/ENT-02.1/measurements", "cesano", Map.of("date", "2025-09-30",
                "values", Map.of("emessi", "1", "da_emettere", "2"))).expect(403, "not another unit");
        String before = stateOfB();
        rest.post("/plans/" + B + "/indicators/PL-01.2/measurements", "cesano", milestone)
                .expect(404, "not the same unit of another ente");
        assertEquals(before, stateOfB());
        assertEquals(200, rest.get("/plans/" + A + "/units/PL", "cesano").status());
        assertEquals(404, rest.get("/plans/" + B, "cesano").status());
        assertEquals(404, rest.get("/plans/" + B + "/units/PL", "cesano").status());
        assertTrue(rest.get("/plans", "cesano").text().contains(A.enteCode()));
    }

    // ------------------------------------------------------------------------------------------------ console

    @Test
    public void atTheConsoleTheLimitedUserNeitherReadsNorWritesAnotherEnte() {
        Subject user = login(OF_A);
        String before = stateOfB();
        CommandResult plans = tryCommandAs(user, "albero:plans");
        assertFalse(plans.toString(), plans.failed());
        assertTrue(plans.output, plans.output.contains(A.enteCode()));
        assertFalse(plans.output, plans.output.contains(B.enteCode()));
        for (String command : List.of(
                "albero:tree --plan " + B + " ENT",
                "albero:tree --ente " + B.enteCode() + " ENT",
                "albero:eval --plan " + B + " --as-of 31/12/2025",
                "albero:check --ente " + B.enteCode(),
                "albero:measurements --plan " + B + " ENT-02.1",
                "albero:audit --plan " + B + " ENT-02.1",
                "albero:plan-versions --plan " + B,
                "albero:reminders --plan " + B,
                "albero:export --plan " + B + " --format yaml " + "data/altrove.yaml",
                "albero:report --plan " + B + " monitoraggio data/altrove.csv",
                "albero:measure --plan " + B + " ENT-02.1 2025-10-31 emessi=1 da_emettere=2",
                "albero:measure ENT-02.1 2025-10-31 emessi=1 da_emettere=2 --ente " + B.enteCode(),
                "albero:override --plan " + B + " ENT-02 50 --note prova",
                "albero:plan-status --plan " + B + " rendicontazione")) {
            CommandResult r = tryCommandAs(user, command);
            assertTrue(command + ": " + r, r.failed());
            assertTrue(command + ": " + r, r.error.contains("non trovato"));
            assertFalse(command + ": " + r, r.toString().contains(B_NAME));
        }
        // a file of B's plan, written by the unlimited administrator, is not the limited user's to import
        java.nio.file.Path file;
        try {
            file = dataDir("multi-ente").resolve("altrove.yaml");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        executeCommand("albero:export --plan " + B + " --format yaml " + file);
        for (String command : List.of("albero:import " + file, "albero:import --dry-run " + file)) {
            CommandResult r = tryCommandAs(user, command);
            assertTrue(command + ": " + r, r.failed());
            assertTrue(command + ": " + r, r.error.contains("non può importare piani dell'ente '" + B.enteCode()));
        }
        assertEquals("nothing of B changed", before, stateOfB());
        // the whole trail shows only A's entries
        CommandResult audit = tryCommandAs(user, "albero:audit --limit 200");
        assertFalse(audit.toString(), audit.output.contains(B.enteCode() + "/"));
        // with one ente, no option is needed; the unlimited administrator must choose
        CommandResult tree = tryCommandAs(user, "albero:tree ENT");
        assertFalse(tree.toString(), tree.failed());
        CommandResult ambiguous = tryCommand("albero:tree ENT");
        assertTrue(ambiguous.toString(), ambiguous.failed());
        assertTrue(ambiguous.error, ambiguous.error.startsWith("Più enti ("));
        assertFalse(tryCommand("albero:tree --ente " + B.enteCode() + " ENT").failed());
    }
}
