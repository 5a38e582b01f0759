package it.albero.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import it.albero.api.service.Caller;
import it.albero.api.text.ItalianDates;

/** One request as a handler sees it: the caller, the path variables, the query and the body. */
final class Call {

    final HttpServletRequest request;
    final HttpServletResponse response;
    final Caller caller;
    private final Map<String, String> vars;
    private final ObjectMapper json;
    private final long maxBody;
    private Map<String, String> queryParams;

    Call(HttpServletRequest request, HttpServletResponse response, Caller caller, Map<String, String> vars,
         ObjectMapper json, long maxBody) {
        this.request = request;
        this.response = response;
        this.caller = caller;
        this.vars = vars;
        this.json = json;
        this.maxBody = maxBody;
    }

    /** A path variable. */
    String path(String name) {
        return vars.get(name);
    }

    /**
     * A query parameter, or {@code null}. Read from the query string only: a form-encoded body is never parsed as
     * parameters (an uploaded file may be sent with any content type).
     */
    String query(String name) {
        if (queryParams == null) {
            queryParams = new java.util.HashMap<>();
            String q = request.getQueryString();
            if (q != null) {
                for (String pair : q.split("&")) {
                    int eq = pair.indexOf('=');
                    String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                    String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                    queryParams.putIfAbsent(k, v);
                }
            }
        }
        String v = queryParams.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Parametro della richiesta non decodificabile: '" + s + "'.");
        }
    }

    /** A date query parameter ({@code 2025-06-30} or {@code 30/06/2025}), or {@code null}. */
    LocalDate date(String name) {
        String v = query(name);
        if (v == null) {
            return null;
        }
        try {
            return ItalianDates.parse(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField(name, e.getMessage());
        }
    }

    /** A boolean query parameter: {@code true}/{@code false}/{@code si}/{@code no}; {@code false} when absent. */
    boolean flag(String name) {
        String v = query(name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "si", "sì", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw ApiException.badField(name, "usare true o false, non '" + v + "'");
        };
    }

    /** A positive integer query parameter, or the default. */
    int integer(String name, int defaultValue, int max) {
        String v = query(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 1 || n > max) {
                throw ApiException.badField(name, "deve essere tra 1 e " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badField(name, "'" + v + "' non è un numero intero");
        }
    }

    /** The body read as JSON into a DTO; 400 with the field when malformed, 415 when not JSON. */
    <T> T body(Class<T> type) {
        String ct = request.getContentType();
        if (ct != null && !ct.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "Il corpo della richiesta deve essere JSON (Content-Type: application/json).");
        }
        return parse(bytes(), type);
    }

    /** JSON bytes read into a DTO; 400 with the field when malformed. */
    <T> T parse(byte[] bytes, Class<T> type) {
        if (bytes.length == 0) {
            throw ApiException.badRequest("Corpo della richiesta mancante: atteso un oggetto JSON.");
        }
        try {
            JsonNode tree = json.readTree(bytes);
            if (tree == null || !tree.isObject()) {
                throw ApiException.badRequest("Il corpo della richiesta deve essere un oggetto JSON.");
            }
            return json.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badField(e.getPropertyName(), "campo sconosciuto");
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "corpo" : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw ApiException.badField(field == null ? "corpo" : field, "valore del tipo sbagliato");
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("JSON non valido alla riga " + e.getLocation().getLineNr() + ", colonna "
                    + e.getLocation().getColumnNr() + ".");
        } catch (IOException e) {
            throw ApiException.badRequest("Corpo della richiesta non leggibile.");
        }
    }

    /** The raw body, at most the configured size (413 beyond). */
    byte[] bytes() {
        long declared = request.getContentLengthLong();
        if (declared > maxBody) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            return read(in);
        } catch (IOException e) {
            throw ApiException.badRequest("Corpo della richiesta non leggibile.");
        }
    }

    /** An uploaded file: its name (from {@code ?filename=} or the multipart part) and its bytes. */
    record Upload(String fileName, byte[] content) {
    }

    /**
     * The file of an upload: the request body itself (name in {@code ?filename=}) or the part {@code file} of a
     * {@code multipart/form-data} request (a browser form). 400 when it is missing or empty, 413 when too large.
     */
    Upload upload() throws IOException {
        String fileName = query("filename");
        byte[] content;
        String ct = request.getContentType();
        if (ct != null && ct.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            javax.servlet.http.Part part;
            try {
                part = request.getPart("file");
            } catch (javax.servlet.ServletException | IllegalStateException e) {
                throw new ApiException(413, "File troppo grande o richiesta multipart non valida.");
            }
            if (part == null) {
                throw ApiException.badField("file", "manca la parte 'file' con il file");
            }
            if (fileName == null) {
                fileName = part.getSubmittedFileName();
            }
            try (InputStream in = part.getInputStream()) {
                content = read(in);
            }
        } else {
            content = bytes();
        }
        if (content.length == 0) {
            throw ApiException.badField("file", "il file è vuoto");
        }
        return new Upload(fileName, content);
    }

    /** Reads a stream up to the configured size (413 beyond). */
    byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        long total = 0;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > maxBody) {
                throw tooLarge();
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private ApiException tooLarge() {
        return new ApiException(413, "Richiesta troppo grande: il massimo è " + (maxBody / (1024 * 1024)) + " MB.");
    }

    /**
     * Requires {@code If-Match} with the current version of a versioned resource: 428 when absent, 412 when it
     * names another version.
     */
    void requireIfMatch(int currentVersion) {
        String h = request.getHeader("If-Match");
        if (h == null || h.isBlank()) {
            throw new ApiException(428, "Indicare nell'intestazione If-Match la versione su cui si lavora (ETag "
                    + etag(currentVersion) + ").");
        }
        for (String tag : List.of(h.split(","))) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag(currentVersion)) || t.equals("W/" + etag(currentVersion))) {
                return;
            }
        }
        throw new ApiException(412, "Il piano è cambiato: la versione attuale è " + currentVersion
                + " (ETag " + etag(currentVersion) + "); ricaricare e riprovare.");
    }

    /** The ETag of a version: {@code "v7"}. */
    static String etag(int version) {
        return "\"v" + version + "\"";
    }

    /** The part of the URL before the API's paths, for Location headers. */
    String base() {
        return request.getContextPath() + request.getServletPath();
    }
}
