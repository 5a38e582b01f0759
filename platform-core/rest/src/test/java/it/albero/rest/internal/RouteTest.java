package it.albero.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Path templates match with their variables; the OpenAPI document is generated from the declarations. */
class RouteTest {

    @Test
    void matchesWithDecodedVariables() {
        Route r = Route.get("/plans/{ente}/{plan}/indicators/{code}").handle(c -> null);
        assertEquals(Map.of("ente", "cesano-boscone", "plan", "PIAO 2025", "code", "ENT-01.1"),
                r.match("/plans/cesano-boscone/PIAO%202025/indicators/ENT-01.1"));
        assertNull(r.match("/plans/cesano-boscone/PIAO-2025/indicators"));
        assertNull(r.match("/plans/a/b/indicators/c/measurements"));
    }

    @Test
    void openApiDescribesEveryRouteAndRecord() throws Exception {
        List<Route> routes = List.of(
                Route.get("/plans/{ente}/{plan}").tag("Piani").summary("Un piano").returns(Dto.PlanInfo.class)
                        .handle(c -> null),
                Route.post("/plans/{ente}/{plan}/indicators/{code}/measurements").tag("Rilevazioni")
                        .request(Dto.NewMeasurement.class).returns(Dto.MeasurementInfo.class).status(201)
                        .handle(c -> null));
        JsonNode doc = ApiServlet.mapper().readTree(new OpenApi(ApiServlet.mapper()).document(routes, "1.0"));
        JsonNode post = doc.path("paths").path("/plans/{ente}/{plan}/indicators/{code}/measurements").path("post");
        assertEquals("#/components/schemas/NewMeasurement",
                post.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText());
        assertTrue(post.path("responses").has("201"));
        assertTrue(post.path("responses").has("422"));
        assertEquals(3, post.path("parameters").size());
        JsonNode m = doc.path("components").path("schemas").path("MeasurementInfo").path("properties");
        assertEquals("string", m.path("date").path("type").asText());
        assertEquals("date", m.path("date").path("format").asText());
        assertEquals("object", m.path("values").path("type").asText());
        assertTrue(doc.path("components").path("schemas").has("Problem"));
    }
}
