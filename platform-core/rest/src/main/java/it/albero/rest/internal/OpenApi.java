package it.albero.rest.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3 document of the API, generated from the {@link Route} declarations and the {@link Dto} records
 * they name (by reflection on the record components): nothing in it is written by hand.
 */
final class OpenApi {

    private final ObjectMapper json;
    private final Map<String, ObjectNode> schemas = new LinkedHashMap<>();

    OpenApi(ObjectMapper json) {
        this.json = json;
    }

    byte[] document(List<Route> routes, String version) {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Albero - API del ciclo della performance");
        info.put("version", version);
        info.put("description", "API JSON di Albero. Accesso con HTTP Basic (programmi) o con la sessione del browser"
                + " (POST /session, poi il cookie e l'intestazione X-CSRF-Token nelle richieste che modificano"
                + " dati). Gli errori sono documenti RFC 9457 (application/problem+json) con detail in italiano.");
        doc.putArray("servers").addObject().put("url", "/api/v1");
        ObjectNode components = doc.putObject("components");
        ObjectNode security = components.putObject("securitySchemes");
        security.putObject("basic").put("type", "http").put("scheme", "basic");
        security.putObject("sessione").put("type", "apiKey").put("in", "cookie").put("name", SessionRoutes.COOKIE);
        ArrayNode globalSecurity = doc.putArray("security");
        globalSecurity.addObject().putArray("basic");
        globalSecurity.addObject().putArray("sessione");
        schemas.put("Problem", problemSchema());
        ObjectNode paths = doc.putObject("paths");
        for (Route r : routes) {
            ObjectNode item = paths.has(r.path) ? (ObjectNode) paths.get(r.path) : paths.putObject(r.path);
            item.set(r.method.toLowerCase(java.util.Locale.ROOT), operation(r));
        }
        ObjectNode out = components.putObject("schemas");
        schemas.forEach(out::set);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode operation(Route r) {
        ObjectNode op = json.createObjectNode();
        op.putArray("tags").add(r.tag);
        op.put("summary", r.summary);
        op.put("description", "Ruoli: " + r.roles + ".");
        op.put("operationId", operationId(r));
        if (r.open) {
            op.putArray("security").addObject();
        }
        ArrayNode params = op.putArray("parameters");
        for (String v : r.pathVariables()) {
            ObjectNode p = params.addObject();
            p.put("name", v).put("in", "path").put("required", true);
            p.putObject("schema").put("type", "string");
        }
        for (Route.Param q : r.query) {
            ObjectNode p = params.addObject();
            p.put("name", q.name()).put("in", "query").put("required", false).put("description", q.description());
            p.putObject("schema").put("type", q.type());
        }
        if (r.request != null) {
            ObjectNode body = op.putObject("requestBody");
            body.put("required", !r.method.equals("DELETE"));
            body.putObject("content").putObject("application/json").set("schema", schema(r.request));
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject(Integer.toString(r.status));
        ok.put("description", r.status == 201 ? "Creato" : r.status == 204 ? "Fatto" : "Esito");
        if (r.response != null) {
            ObjectNode schema = r.listResponse ? arrayOf(schema(r.response)) : schema(r.response);
            ok.putObject("content").putObject(r.produces.get(0)).set("schema", schema);
        } else if (r.status != 204 && !r.produces.isEmpty()) {
            ObjectNode content = ok.putObject("content");
            r.produces.forEach(t -> content.putObject(t).putObject("schema").put("type", "string")
                    .put("format", "binary"));
        }
        for (int status : errorStatuses(r)) {
            ObjectNode e = responses.putObject(Integer.toString(status));
            e.put("description", ApiException.title(status));
            e.putObject("content").putObject("application/problem+json").putObject("schema")
                    .put("$ref", "#/components/schemas/Problem");
        }
        return op;
    }

    private static List<Integer> errorStatuses(Route r) {
        List<Integer> out = new java.util.ArrayList<>(List.of(400));
        if (!r.open) {
            out.add(401);
            out.add(403);
        }
        if (!r.pathVariables().isEmpty()) {
            out.add(404);
        }
        if (!r.method.equals("GET")) {
            out.addAll(List.of(409, 413, 422));
        }
        if (r.method.equals("PUT") && r.path.endsWith("/status")) {
            out.addAll(List.of(412, 428));
        }
        if (r.path.equals("/session") && r.method.equals("POST")) {
            out.add(401);
            out.add(429);
        }
        return out.stream().distinct().sorted().toList();
    }

    private static String operationId(Route r) {
        StringBuilder b = new StringBuilder(r.method.toLowerCase(java.util.Locale.ROOT));
        for (String part : r.path.split("[/{}.]")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    private ObjectNode arrayOf(ObjectNode items) {
        ObjectNode a = json.createObjectNode();
        a.put("type", "array");
        a.set("items", items);
        return a;
    }

    /** The schema of a Java type: a $ref to the record's schema, or an inline schema. */
    private ObjectNode schema(Type type) {
        ObjectNode s = json.createObjectNode();
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return arrayOf(schema(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                s.put("type", "object");
                Type value = p.getActualTypeArguments()[1];
                if (value == Object.class) {
                    s.put("additionalProperties", true);
                } else {
                    s.set("additionalProperties", schema(value));
                }
                return s;
            }
            return schema(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            s.put("type", "string");
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            s.put("type", "integer").put("format", c == long.class || c == Long.class ? "int64" : "int32");
        } else if (c == double.class || c == Double.class) {
            s.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            s.put("type", "boolean");
        } else if (c == LocalDate.class) {
            s.put("type", "string").put("format", "date");
        } else if (c == Instant.class) {
            s.put("type", "string").put("format", "date-time");
        } else if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!schemas.containsKey(name)) {
                ObjectNode rec = json.createObjectNode();
                schemas.put(name, rec);
                rec.put("type", "object");
                ObjectNode props = rec.putObject("properties");
                for (RecordComponent rc : c.getRecordComponents()) {
                    props.set(rc.getName(), schema(rc.getGenericType()));
                }
            }
            s.put("$ref", "#/components/schemas/" + name);
        } else {
            s.put("description", "qualsiasi valore JSON");
        }
        return s;
    }

    private ObjectNode problemSchema() {
        ObjectNode p = json.createObjectNode();
        p.put("type", "object");
        p.put("description", "RFC 9457 problem details; detail in italiano; errors: un elemento per campo");
        ObjectNode props = p.putObject("properties");
        props.putObject("type").put("type", "string");
        props.putObject("title").put("type", "string");
        props.putObject("status").put("type", "integer");
        props.putObject("detail").put("type", "string");
        props.putObject("instance").put("type", "string");
        ObjectNode err = json.createObjectNode();
        err.put("type", "object");
        ObjectNode ep = err.putObject("properties");
        ep.putObject("field").put("type", "string");
        ep.putObject("detail").put("type", "string");
        props.set("errors", arrayOf(err));
        return p;
    }
}
