package it.albero.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls the REST API of the container under test over real HTTP, as a program or a browser would: HTTP Basic with
 * the demo users, or a session cookie with its CSRF token.
 */
final class RestClient {

    /** The demo users of the distribution and their passwords (etc/users.properties). */
    static final List<String> DEMO_USERS = List.of("karaf", "performance", "oiv", "entrate", "welfare", "lettore");

    /** One HTTP response, its body read as JSON when it is JSON. */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text());
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        /** Asserts the status, with the body in the message. */
        Response expect(int expected, String what) {
            assertEquals(what + ": " + text(), expected, status);
            return this;
        }
    }

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final String base;

    RestClient(BundleContext context) {
        this.base = endpoint(context) + "api/v1";
    }

    /** The HTTP endpoint of the container (its port is chosen free by the test support). */
    private static String endpoint(BundleContext context) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            ServiceReference<?> ref = context.getServiceReference("org.osgi.service.http.runtime.HttpServiceRuntime");
            if (ref != null) {
                Object e = ref.getProperty("osgi.http.endpoint");
                String url = e instanceof String[] a ? a[0] : e instanceof java.util.Collection<?> c
                        ? String.valueOf(c.iterator().next()) : String.valueOf(e);
                url = url.replace("0.0.0.0", "127.0.0.1");
                return url.endsWith("/") ? url : url + "/";
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no HttpServiceRuntime: the HTTP service is not up");
    }

    /** A request as a demo user (password = user name), or anonymous when {@code user} is null. */
    Response call(String method, String path, String user, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                    .timeout(Duration.ofSeconds(60));
            if (user != null) {
                b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user).getBytes(StandardCharsets.UTF_8)));
            }
            headers.forEach(b::header);
            HttpRequest.BodyPublisher publisher;
            if (body == null) {
                publisher = HttpRequest.BodyPublishers.noBody();
            } else if (body instanceof byte[] bytes) {
                publisher = HttpRequest.BodyPublishers.ofByteArray(bytes);
            } else {
                String text = body instanceof String s ? s : MAPPER.writeValueAsString(body);
                publisher = HttpRequest.BodyPublishers.ofString(text);
                if (!headers.containsKey("Content-Type")) {
                    b.header("Content-Type", "application/json");
                }
            }
            b.method(method, publisher);
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * A request written on a plain socket that declares a body of {@code length} bytes and sends none: what the
     * server answers from the headers alone (e.g. 413 for a body too large), without a client writing megabytes
     * into a connection the server has already answered.
     */
    Response declaredOnly(String method, String path, String user, long length) {
        URI uri = URI.create(base + path);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String head = method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: text/csv\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip(), List.of(lines[i].substring(colon + 1).strip()));
            }
            return new Response(status, headers, text.substring(end + 4).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + ": " + e, e);
        }
    }

    Response get(String path, String user) {
        return call("GET", path, user, null, Map.of());
    }

    Response post(String path, String user, Object body) {
        return call("POST", path, user, body, Map.of());
    }

    Response put(String path, String user, Object body, Map<String, String> headers) {
        return call("PUT", path, user, body, headers);
    }

    Response delete(String path, String user, Object body) {
        return call("DELETE", path, user, body, Map.of());
    }

    /** A JSON object from alternating names and values. */
    static Map<String, Object> obj(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    /** Asserts an RFC 9457 problem with that status and an Italian detail. */
    static JsonNode assertProblem(Response r, int status, String what) {
        r.expect(status, what);
        assertTrue(what + ": not a problem document: " + r.header("Content-Type"),
                String.valueOf(r.header("Content-Type")).startsWith("application/problem+json"));
        JsonNode p = r.json();
        assertEquals(what, status, p.path("status").asInt());
        String detail = p.path("detail").asText();
        assertTrue(what + ": detail not Italian: " + detail, ITALIAN.matcher(detail.toLowerCase()).find());
        return p;
    }

    /** Words that any of our Italian details contains. */
    private static final java.util.regex.Pattern ITALIAN = java.util.regex.Pattern.compile(
            "\\b(non|il|la|le|un|una|del|della|di|da|per|deve|valori|piano|accesso|richiesta|usare|indicare|"
                    + "troppi|campo|errori|versione|codice|percorso|utente|nome|errati|è)\\b");
}
