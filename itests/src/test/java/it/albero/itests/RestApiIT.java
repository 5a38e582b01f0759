package it.albero.itests;

import static it.albero.itests.RestClient.assertProblem;
import static it.albero.itests.RestClient.obj;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

import it.albero.api.store.MeasurementStore;
import it.albero.api.store.OverrideStore;
import it.albero.api.store.PlanKey;
import it.albero.api.store.PlanStore;

/**
 * The REST API on the real distribution over real HTTP: the authorization matrix (every endpoint, every demo role,
 * own and other unit, and nothing changed where refused), every kind of bad input with its status and an Italian
 * detail, and a sector module installed and removed at the console showing in the next response.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestApiIT extends AlberoTestSupport {

    private static final PlanKey PLAN = new PlanKey("cesano-boscone", "PIAO-2025");
    private static final String P = "/plans/cesano-boscone/PIAO-2025";
    /** A core-typed (rapporto) indicator of ENT, and an indicator of WEL. */
    private static final String ENT = "ENT-04.1";
    private static final String WEL = "WEL-04.2";

    private RestClient rest;

    @Before
    public void client() {
        rest = new RestClient(bundleContext);
    }

    private static Map<String, Object> ratio(String date) {
        return obj("date", date, "values", obj("numeratore", 3, "denominatore", 4), "evidence", "Determina n. 7");
    }

    private int measurements() {
        return service(MeasurementStore.class).count(PLAN);
    }

    @Test
    public void everyRoleReadsEveryReadEndpointAndAnonymousNone() throws Exception {
        List<String> reads = List.of("/enti", "/plans", "/plans/current", P, P + "/versions", P + "/tree",
                P + "/units/ENT", P + "/nodes/ENT-04", P + "/indicators/" + ENT, P + "/indicators/" + ENT
                        + "/measurements", P + "/evaluation?asOf=2025-06-30", P + "/units/WEL/evaluation?asOf=30/06/2025",
                P + "/findings?asOf=2025-06-30", P + "/overrides", P + "/audit/" + ENT, P + "/export?format=csv",
                P + "/export?format=xlsx", P + "/export", "/modules", "/types", "/checks", "/session");
        for (String path : reads) {
            for (String user : RestClient.DEMO_USERS) {
                rest.get(path, user).expect(200, user + " GET " + path);
            }
            assertProblem(rest.get(path, null), 401, "anonymous GET " + path);
        }
        // the servlet is listed at the console, as an administrator looks for it (Pax Web's commands, installed live)
        installAndAssertFeature("pax-web-karaf");
        waitFor("web:servlet-list not registered", () -> commandExists("web:servlet-list"), BOOT);
        String servlets = executeCommand("web:servlet-list");
        assertTrue(servlets, servlets.contains("albero-api") && servlets.contains("/api/v1/*"));
        // the web UI of the same feature, under /albero/ (the browser tests in browser-tests/ drive it)
        assertTrue(servlets, servlets.contains("albero-ui") && servlets.contains("/albero/*"));
        // the open document needs no login
        JsonNode doc = rest.get("/openapi.json", null).expect(200, "openapi").json();
        assertEquals("3.0.3", doc.path("openapi").asText());
        assertTrue("openapi lacks the measurement path",
                doc.path("paths").has("/plans/{ente}/{plan}/indicators/{code}/measurements"));
        assertTrue("openapi lacks the schema of a measurement",
                doc.path("components").path("schemas").path("MeasurementInfo").path("properties").has("supersedes"));
    }

    @Test
    public void measurementsOnlyForTheRightPeopleAndNothingWrittenOtherwise() {
        Map<String, Integer> ownUnit = Map.of("karaf", 201, "performance", 201, "oiv", 403, "entrate", 201,
                "welfare", 403, "lettore", 403);
        for (String user : RestClient.DEMO_USERS) {
            int before = measurements();
            var r = rest.post(P + "/indicators/" + ENT + "/measurements", user, ratio("2025-03-31"));
            int expected = ownUnit.get(user);
            if (expected == 201) {
                r.expect(201, user + " measures " + ENT);
                JsonNode m = r.json();
                assertEquals("the author is the logged-in user, never the client", user, m.path("author").asText());
                assertNotNull(r.header("Location"));
                assertEquals(before + 1, measurements());
            } else {
                assertProblem(r, 403, user + " measures " + ENT);
                assertEquals(user + ": a refused measurement wrote something", before, measurements());
            }
            // the other unit: only welfare (and admin, performance) may
            before = measurements();
            r = rest.post(P + "/indicators/" + WEL + "/measurements", user, obj("date", "2025-03-31", "values",
                    obj("soddisfatte", 9, "pervenute", 10)));
            boolean may = List.of("karaf", "performance", "welfare").contains(user);
            if (may) {
                r.expect(201, user + " measures " + WEL);
            } else {
                assertProblem(r, 403, user + " measures " + WEL);
                assertEquals(user + ": a refused measurement wrote something", before, measurements());
            }
        }
        // an author sent by the client is refused as an unknown field, never recorded
        Map<String, Object> forged = ratio("2025-04-30");
        forged.put("author", "qualcun-altro");
        assertProblem(rest.post(P + "/indicators/" + ENT + "/measurements", "entrate", forged), 400, "forged author");
    }

    @Test
    public void correctionsKeepBothRecordsAndOnlyOnce() {
        long id = rest.post(P + "/indicators/" + ENT + "/measurements", "karaf", ratio("2025-05-31"))
                .expect(201, "first").json().path("id").asLong();
        String correction = P + "/indicators/" + ENT + "/measurements/" + id + "/correction";
        Map<String, Object> fixed = obj("date", "2025-05-31", "values", obj("numeratore", "4", "denominatore", "4"),
                "note", "Conteggio rivisto");
        for (String user : List.of("oiv", "welfare", "lettore")) {
            int before = measurements();
            assertProblem(rest.post(correction, user, fixed), 403, user + " corrects");
            assertEquals(before, measurements());
        }
        JsonNode c = rest.post(correction, "entrate", fixed).expect(201, "director corrects its own").json();
        assertEquals(id, c.path("supersedes").asLong());
        assertProblem(rest.post(correction, "karaf", fixed), 409, "second correction of the same record");
        JsonNode list = rest.get(P + "/indicators/" + ENT + "/measurements", "lettore").expect(200, "list").json();
        JsonNode old = find(list, id);
        JsonNode fresh = find(list, c.path("id").asLong());
        assertFalse("the corrected record still counts", old.path("current").asBoolean());
        assertEquals(c.path("id").asLong(), old.path("supersededBy").asLong());
        assertTrue(fresh.path("current").asBoolean());
        // both in the audit trail of the indicator
        JsonNode audit = rest.get(P + "/audit/" + ENT, "oiv").expect(200, "audit").json();
        String all = audit.toString();
        assertTrue("audit lacks the correction: " + all, all.contains("\"entrate\""));
    }

    @Test
    public void latestMeasurementsOfThePlanAndOfAUnitNewestFirst() {
        long older = rest.post(P + "/indicators/" + ENT + "/measurements", "karaf", ratio("2025-02-28"))
                .expect(201, "first").json().path("id").asLong();
        long newer = rest.post(P + "/indicators/" + WEL + "/measurements", "karaf", obj("date", "2025-01-31",
                "values", obj("soddisfatte", 8, "pervenute", 10))).expect(201, "second").json().path("id").asLong();
        JsonNode plan = rest.get(P + "/measurements?limit=2", "lettore").expect(200, "latest of the plan").json();
        assertEquals(2, plan.size());
        assertEquals("recorded last comes first, whatever its date", newer, plan.get(0).path("id").asLong());
        assertEquals(older, plan.get(1).path("id").asLong());
        JsonNode unit = rest.get(P + "/measurements?unit=ENT&limit=100", "lettore").expect(200, "of ENT").json();
        for (JsonNode m : unit) {
            assertTrue("a measurement of another unit: " + m, m.path("indicator").asText().startsWith("ENT-"));
        }
        assertEquals(older, unit.get(0).path("id").asLong());
        assertProblem(rest.get(P + "/measurements?limit=0", "lettore"), 400, "limit 0");
        assertProblem(rest.get(P + "/measurements?unit=XYZ", "lettore"), 404, "unknown unit");
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode n : list) {
            if (n.path("id").asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("measurement " + id + " not listed: " + list);
    }

    @Test
    public void overridesOnlyForOivAndAdmin() {
        String path = P + "/overrides/ENT-04";
        Map<String, Object> body = obj("score", 0.85, "note", "Ritardo non imputabile al settore");
        for (String user : List.of("performance", "entrate", "welfare", "lettore")) {
            assertProblem(rest.put(path, user, body, Map.of()), 403, user + " overrides");
            assertFalse(user + ": a refused override was written",
                    service(OverrideStore.class).active(PLAN).containsKey("ENT-04"));
        }
        JsonNode o = rest.put(path, "oiv", body, Map.of()).expect(200, "oiv overrides").json();
        assertEquals("oiv", o.path("author").asText());
        JsonNode eval = rest.get(P + "/units/ENT/evaluation?asOf=2025-06-30", "lettore").expect(200, "eval").json();
        JsonNode node = findNode(eval.path("root"), "ENT-04");
        assertTrue(node.path("overridden").asBoolean());
        assertEquals(0.85, node.path("score").asDouble(), 1e-9);
        assertTrue("the computed value is not shown beside the override", node.has("computed"));
        assertProblem(rest.put(path, "karaf", obj("score", 0.5), Map.of()), 422, "override without note");
        assertProblem(rest.put(path, "karaf", obj("score", 85, "note", "x"), Map.of()), 422, "score out of [0,1]");
        for (String user : List.of("performance", "entrate", "lettore")) {
            assertProblem(rest.delete(path, user, obj("note", "annullo")), 403, user + " clears");
            assertTrue(service(OverrideStore.class).active(PLAN).containsKey("ENT-04"));
        }
        rest.delete(path, "karaf", obj("note", "Rettifica non più necessaria")).expect(204, "admin clears");
        assertFalse(service(OverrideStore.class).active(PLAN).containsKey("ENT-04"));
    }

    private static JsonNode findNode(JsonNode n, String code) {
        if (code.equals(n.path("code").asText())) {
            return n;
        }
        for (JsonNode c : n.path("children")) {
            JsonNode f = findNode(c, code);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @Test
    public void importOnlyForPerformanceAndAdminAndDryRunChangesNothing() {
        byte[] yaml = rest.get(P + "/export?format=yaml", "lettore").expect(200, "export").body();
        int version = service(PlanStore.class).summary(PLAN).orElseThrow().version();
        for (String user : List.of("oiv", "entrate", "welfare", "lettore")) {
            assertProblem(rest.call("POST", "/plans/import?filename=piano.yaml&dryRun=true", user, yaml, Map.of()),
                    403, user + " imports");
        }
        for (String user : List.of("karaf", "performance")) {
            JsonNode r = rest.call("POST", "/plans/import?filename=piano.yaml&dryRun=true", user, yaml, Map.of())
                    .expect(200, user + " dry run").json();
            assertTrue(r.path("ok").asBoolean());
            assertFalse(r.path("written").asBoolean());
        }
        assertEquals("a dry run changed the plan", version,
                service(PlanStore.class).summary(PLAN).orElseThrow().version());
        // a broken CSV: every problem with riga/colonna/motivo, nothing written
        String csv = "ente;piano;unita;obiettivo;indicatore;tipo\nx;y;z;;;\n";
        JsonNode p = assertProblem(rest.call("POST", "/plans/import?filename=rotto.csv", "karaf",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of()), 422, "broken csv");
        assertTrue("no riga/colonna/motivo: " + p, p.path("report").path("errors").size() > 0
                && p.path("report").path("errors").get(0).has("riga")
                && p.path("report").path("errors").get(0).has("motivo"));
        assertEquals(version, service(PlanStore.class).summary(PLAN).orElseThrow().version());
    }

    @Test
    public void lifecycleNeedsTheRoleAndTheCurrentVersion() {
        String path = P + "/status";
        int v = service(PlanStore.class).summary(PLAN).orElseThrow().version();
        String etag = "\"v" + v + "\"";
        for (String user : List.of("oiv", "entrate", "lettore")) {
            assertProblem(rest.put(path, user, obj("status", "adottato"), Map.of("If-Match", etag)), 403,
                    user + " moves the plan");
        }
        assertProblem(rest.put(path, "performance", obj("status", "adottato"), Map.of()), 428, "no If-Match");
        assertProblem(rest.put(path, "performance", obj("status", "adottato"), Map.of("If-Match", "\"v" + (v + 7)
                + "\"")), 412, "stale If-Match");
        assertProblem(rest.put(path, "performance", obj("status", "validato"), Map.of("If-Match", etag)), 403,
                "performance validates");
        assertProblem(rest.put(path, "performance", obj("status", "sconosciuto"), Map.of("If-Match", etag)), 422,
                "unknown status");
        assertEquals(v, service(PlanStore.class).summary(PLAN).orElseThrow().version());
        var r = rest.put(path, "performance", obj("status", "adottato"), Map.of("If-Match", etag))
                .expect(200, "performance adopts");
        assertEquals("adottato", r.json().path("status").asText());
        assertEquals("\"v" + (v + 1) + "\"", r.header("ETag"));
        assertProblem(rest.put(path, "karaf", obj("status", "monitoraggio"), Map.of("If-Match", etag)), 412,
                "the old ETag after a change");
    }

    @Test
    public void badInputGetsItsStatusAndAnItalianDetail() {
        String m = P + "/indicators/" + ENT + "/measurements";
        assertProblem(rest.call("POST", m, "karaf", "{\"date\": ", Map.of()), 400, "malformed JSON");
        assertProblem(rest.post(m, "karaf", obj("date", "31-12-2025", "values", obj("numeratore", 1))), 400,
                "bad date");
        assertProblem(rest.post(m, "karaf", obj("values", obj("numeratore", 1))), 400, "no date");
        assertProblem(rest.call("POST", m, "karaf", "date=2025-01-01", Map.of("Content-Type",
                "application/x-www-form-urlencoded")), 415, "not JSON");
        int before = measurements();
        JsonNode p = assertProblem(rest.post(m, "karaf", obj("date", "2025-06-30", "values",
                obj("numeratore", "48.5", "denominatore", "abc"))), 422, "values that are not numbers");
        assertEquals("one entry per bad field: " + p, 2, p.path("errors").size());
        assertTrue(p.toString().contains("virgola"));
        assertProblem(rest.post(m, "karaf", obj("date", "2031-06-30", "values", obj("numeratore", 1,
                "denominatore", 2))), 422, "date outside the plan");
        assertEquals("a failed request wrote something", before, measurements());
        assertProblem(rest.post(P + "/indicators/NON-ESISTE/measurements", "karaf", ratio("2025-06-30")), 404,
                "unknown indicator");
        assertProblem(rest.get("/plans/cesano-boscone/NON-ESISTE", "karaf"), 404, "unknown plan");
        assertProblem(rest.get(P + "/units/NOPE", "karaf"), 404, "unknown unit");
        assertProblem(rest.get("/non/esiste", "karaf"), 404, "unknown path");
        assertProblem(rest.call("PATCH", P, "karaf", null, Map.of()), 405, "method");
        assertProblem(rest.get(P + "/evaluation?asOf=ieri", "karaf"), 400, "bad asOf");
        // refused on its declared length, before the body is read (so the raw request declares it and sends none)
        assertProblem(rest.declaredOnly("POST", "/plans/import?filename=grande.csv&dryRun=true", "karaf",
                11L * 1024 * 1024), 413, "too large");
        // the Italian way of writing numbers
        JsonNode ok = rest.post(m, "karaf", obj("date", "30/06/2025", "values", obj("numeratore", "1.234",
                "denominatore", "2.000,0"))).expect(201, "Italian numbers").json();
        assertEquals(1234, ok.path("values").path("numeratore").asInt());
        assertEquals(2000, ok.path("values").path("denominatore").asInt());
    }

    @Test
    public void aModuleInstalledAtTheConsoleShowsInTheNextResponse() throws Exception {
        assertTrue(types("entrate").isEmpty());
        assertEquals("modulo_non_installato", status("ENT-01.1"));
        installAndAssertFeature("albero-sector-entrate");
        waitFor("entrate types not in /types", () -> !types("entrate").isEmpty(), SHORT);
        assertFalse("ENT-01.1 still not installed after the module came",
                "modulo_non_installato".equals(status("ENT-01.1")));
        JsonNode ind = rest.get(P + "/indicators/ENT-01.1", "entrate").expect(200, "indicator").json();
        assertTrue(ind.path("typeInstalled").asBoolean());
        assertTrue("no measurement schema for the form", ind.path("measurementSchema").size() > 0);
        uninstallFeature("albero-sector-entrate");
        waitFor("entrate types still in /types", () -> types("entrate").isEmpty(), SHORT);
        assertEquals("modulo_non_installato", status("ENT-01.1"));
    }

    private List<String> types(String module) {
        List<String> out = new ArrayList<>();
        rest.get("/types?module=" + module, "lettore").expect(200, "types").json()
                .forEach(t -> out.add(t.path("id").asText()));
        return out;
    }

    private String status(String code) {
        JsonNode eval = rest.get(P + "/units/ENT/evaluation?asOf=2025-06-30", "lettore").expect(200, "eval").json();
        return findNode(eval.path("root"), code).path("status").asText();
    }
}
