package it.albero.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the API: method, path template ({@code /plans/{ente}/{plan}}), what it does, who may call it,
 * its request and response types. The same declaration serves the dispatch and the OpenAPI document, so the
 * document cannot drift from the code.
 */
final class Route {

    /** What the operation does with a call. */
    @FunctionalInterface
    interface Handler {
        /** @return a DTO written as JSON with {@link Route#status}, or a {@link Reply} */
        Object handle(Call call) throws Exception;
    }

    /** A query parameter, for the document. */
    record Param(String name, String type, String description) {
    }

    final String method;
    final String path;
    final String tag;
    final String summary;
    final String roles;
    final boolean open;
    final Class<?> request;
    final Class<?> response;
    final boolean listResponse;
    final int status;
    final List<Param> query;
    final List<String> produces;
    final Handler handler;
    private final Pattern pattern;
    private final List<String> names;

    private Route(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.tag = b.tag;
        this.summary = b.summary;
        this.roles = b.roles;
        this.open = b.open;
        this.request = b.request;
        this.response = b.response;
        this.listResponse = b.listResponse;
        this.status = b.status;
        this.query = List.copyOf(b.query);
        this.produces = List.copyOf(b.produces);
        this.handler = b.handler;
        List<String> vars = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        for (String segment : path.substring(1).split("/")) {
            regex.append('/');
            if (segment.startsWith("{")) {
                vars.add(segment.substring(1, segment.length() - 1));
                regex.append("([^/]+)");
            } else {
                regex.append(Pattern.quote(segment));
            }
        }
        this.pattern = Pattern.compile(regex.toString());
        this.names = List.copyOf(vars);
    }

    /** The path variables when the path matches, or {@code null}. */
    Map<String, String> match(String requestPath) {
        Matcher m = pattern.matcher(requestPath);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> vars = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            vars.put(names.get(i), java.net.URLDecoder.decode(m.group(i + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return vars;
    }

    List<String> pathVariables() {
        return names;
    }

    static Builder get(String path) {
        return new Builder("GET", path);
    }

    static Builder post(String path) {
        return new Builder("POST", path).status(200);
    }

    static Builder put(String path) {
        return new Builder("PUT", path);
    }

    static Builder delete(String path) {
        return new Builder("DELETE", path).status(204);
    }

    /** Builds a route; {@link #roles} is documentation: the services check the permission. */
    static final class Builder {
        private final String method;
        private final String path;
        private String tag = "";
        private String summary = "";
        private String roles = "tutti gli utenti autenticati (lettura)";
        private boolean open;
        private Class<?> request;
        private Class<?> response;
        private boolean listResponse;
        private int status = 200;
        private final List<Param> query = new ArrayList<>();
        private final List<String> produces = new ArrayList<>(List.of("application/json"));
        private Handler handler;

        private Builder(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Builder tag(String t) {
            tag = t;
            return this;
        }

        Builder summary(String s) {
            summary = s;
            return this;
        }

        Builder roles(String r) {
            roles = r;
            return this;
        }

        /** Callable without login. */
        Builder open() {
            open = true;
            return this;
        }

        Builder request(Class<?> type) {
            request = type;
            return this;
        }

        Builder returns(Class<?> type) {
            response = type;
            return this;
        }

        Builder returnsList(Class<?> type) {
            response = type;
            listResponse = true;
            return this;
        }

        Builder status(int s) {
            status = s;
            return this;
        }

        Builder query(String name, String type, String description) {
            query.add(new Param(name, type, description));
            return this;
        }

        Builder produces(String... types) {
            produces.clear();
            produces.addAll(List.of(types));
            return this;
        }

        Route handle(Handler h) {
            handler = h;
            return new Route(this);
        }
    }
}
