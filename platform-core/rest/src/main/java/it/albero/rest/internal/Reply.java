package it.albero.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response other than "200 with this JSON": a status, headers and a body (a DTO written as JSON, or raw bytes
 * with their content type).
 */
record Reply(int status, Map<String, String> headers, Object json, byte[] bytes, String contentType) {

    static Reply json(int status, Object body) {
        return new Reply(status, new LinkedHashMap<>(), body, null, null);
    }

    static Reply noContent() {
        return new Reply(204, new LinkedHashMap<>(), null, null, null);
    }

    static Reply bytes(byte[] bytes, String contentType) {
        return new Reply(200, new LinkedHashMap<>(), null, bytes, contentType);
    }

    Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Sets the ETag of a versioned resource. */
    Reply etag(int version) {
        return header("ETag", Call.etag(version));
    }
}
