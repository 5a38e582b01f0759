package it.albero.store.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import it.albero.api.model.Values;

/**
 * The JSON of what the store keeps as text (parameters, measurement values, tags, timings, plan history, audit
 * snapshots), on Jackson.
 * <p>
 * JSON has no date: a {@link LocalDate} in {@link Values} is written as its {@code yyyy-mm-dd} text, and read back
 * as a date (the format every database written so far holds). A <em>text</em> of {@link Values} that has that same
 * form is written as {@code {"$testo": "2025-12-31"}}, so that it comes back as a text. Outside {@link Values}
 * (timings, tags, plan fields, audit snapshots) each field has one kind and is read as that kind: no marker is
 * needed, and none is written.
 * <p>
 * The mapper is an immutable constant: built once, never reconfigured, safe to share between threads.
 */
final class Json {

    /** The key that marks a text of {@link Values} that would otherwise read as a date. */
    static final String TEXT = "$testo";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("albero-values").addSerializer(Values.class, new ValuesSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private Json() {
    }

    /** Writes a value: Values, Map, Collection, String, Number, Boolean, LocalDate, Instant or null. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("JSON: valore non scrivibile (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** Parses JSON text into a tree. */
    static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException("JSON non valido alla posizione "
                    + (at == null ? "?" : at.getCharOffset() + " (riga " + at.getLineNr() + ", colonna "
                    + at.getColumnNr() + ")"), e);
        }
    }

    /** Reads a JSON object as Values; {@code null} or empty text gives empty values. */
    static Values readValues(String text) {
        if (text == null || text.isBlank()) {
            return Values.empty();
        }
        return values(tree(text));
    }

    /** A JSON object of the tree as Values; a missing or null node gives empty values. */
    static Values values(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Values.empty();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("JSON: atteso un oggetto {...}");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Object v = value(e.getValue());
            if (v != null) {
                map.put(e.getKey(), v);
            }
        }
        return Values.of(map);
    }

    /** One value of {@link Values}: the inverse of what {@link ValuesSerializer} writes. */
    private static Object value(JsonNode n) {
        if (n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isTextual()) {
            return dateOrText(n.textValue());
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isArray()) {
            List<Object> items = new ArrayList<>(n.size());
            for (JsonNode item : n) {
                Object v = value(item);
                if (v != null) {
                    items.add(v);
                }
            }
            return items;
        }
        if (n.size() == 1 && n.path(TEXT).isTextual()) {
            return n.get(TEXT).textValue();
        }
        return values(n);
    }

    private static Object dateOrText(String s) {
        if (looksLikeDate(s)) {
            return LocalDate.parse(s);
        }
        return s;
    }

    /** Whether a text reads as a date: {@code yyyy-mm-dd} and a real day. */
    private static boolean looksLikeDate(String s) {
        if (!ISO_DATE.matcher(s).matches()) {
            return false;
        }
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A text field of a tree: {@code null} when absent or null. */
    static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    /**
     * Writes {@link Values}: dates as {@code yyyy-mm-dd}, numbers as plain decimals, and a text that would read
     * as a date as {@code {"$testo": ...}}.
     */
    private static final class ValuesSerializer extends StdSerializer<Values> {
        private static final long serialVersionUID = 1L;

        ValuesSerializer() {
            super(Values.class);
        }

        @Override
        public void serialize(Values values, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            for (Map.Entry<String, Object> e : values.asMap().entrySet()) {
                gen.writeFieldName(e.getKey());
                item(e.getValue(), gen, provider);
            }
            gen.writeEndObject();
        }

        private void item(Object v, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (v instanceof String s && looksLikeDate(s)) {
                gen.writeStartObject();
                gen.writeStringField(TEXT, s);
                gen.writeEndObject();
            } else if (v instanceof List<?> l) {
                gen.writeStartArray();
                for (Object o : l) {
                    item(o, gen, provider);
                }
                gen.writeEndArray();
            } else if (v instanceof LocalDate d) {
                gen.writeString(d.toString());
            } else {
                provider.defaultSerializeValue(v, gen);
            }
        }
    }
}
