package it.albero.store.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
        if (value instanceof Values v) {
            return write(v);
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("JSON: valore non scrivibile (" + e.getOriginalMessage() + ")", e);
        }
    }

    /**
     * Writes a flat object (timings, tags) straight on the generator: the same text as {@link #write(Object)} gives
     * a map of texts, whole numbers, dates, booleans and nulls, without the mapper's lookups.
     */
    static String writeFlat(Map<String, ?> fields) {
        StringWriter out = new StringWriter(64);
        try (JsonGenerator gen = MAPPER.createGenerator(out)) {
            gen.writeStartObject();
            for (Map.Entry<String, ?> e : fields.entrySet()) {
                gen.writeFieldName(e.getKey());
                Object v = e.getValue();
                if (v instanceof String t) {
                    gen.writeString(t);
                } else if (v instanceof Integer n) {
                    gen.writeNumber(n.intValue());
                } else if (v instanceof LocalDate d) {
                    gen.writeString(d.toString());
                } else if (v instanceof Boolean b) {
                    gen.writeBoolean(b);
                } else if (v == null) {
                    gen.writeNull();
                } else {
                    throw new IOException("valore di tipo " + v.getClass().getSimpleName() + " non ammesso qui");
                }
            }
            gen.writeEndObject();
        } catch (IOException e) {
            throw new IllegalArgumentException("JSON: valori non scrivibili (" + e.getMessage() + ")", e);
        }
        return out.toString();
    }

    /** Parses JSON text into a tree. */
    static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid(e);
        }
    }

    /**
     * Writes measurement values or parameters, the hottest JSON of the store (every measurement loaded or read),
     * straight on Jackson's streaming generator: the same text as {@link ValuesSerializer} through the mapper.
     */
    static String write(Values values) {
        StringWriter out = new StringWriter(64);
        try (JsonGenerator gen = MAPPER.createGenerator(out)) {
            writeValues(values, gen);
        } catch (IOException e) {
            throw new IllegalArgumentException("JSON: valori non scrivibili (" + e.getMessage() + ")", e);
        }
        return out.toString();
    }

    /**
     * Reads a JSON object as Values; {@code null} or empty text gives empty values. It reads the tokens as they come
     * (no intermediate tree): the measurements of every evaluation pass through here.
     */
    static Values readValues(String text) {
        if (text == null || text.isBlank()) {
            return Values.empty();
        }
        try (JsonParser p = MAPPER.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                if (p.currentToken() == JsonToken.VALUE_NULL && p.nextToken() == null) {
                    return Values.empty();
                }
                throw new IllegalArgumentException("JSON: atteso un oggetto {...}");
            }
            Values read = (Values) object(p, true);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "contenuto dopo la fine dell'oggetto");
            }
            return read;
        } catch (JsonProcessingException e) {
            throw invalid(e);
        } catch (IOException e) {
            throw new IllegalArgumentException("JSON non leggibile: " + e.getMessage(), e);
        }
    }

    /**
     * The object whose START_OBJECT is the current token: Values, or (not at the top) the text of a
     * {@code {"$testo": ...}}.
     */
    private static Object object(JsonParser p, boolean top) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        String marked = null;
        int fields = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            fields++;
            if (TEXT.equals(name) && v == JsonToken.VALUE_STRING) {
                marked = p.getText();
            }
            Object value = token(p, v);
            if (value != null) {
                map.put(name, value);
            } else {
                map.remove(name);
            }
        }
        if (!top && fields == 1 && marked != null) {
            return marked;
        }
        return Values.of(map);
    }

    /** The value whose first token is {@code t}: the inverse of what {@link #writeItem} writes. */
    private static Object token(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case VALUE_STRING:
                return dateOrText(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case START_ARRAY: {
                List<Object> items = new ArrayList<>();
                for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
                    Object item = token(p, i);
                    if (item != null) {
                        items.add(item);
                    }
                }
                return items;
            }
            case START_OBJECT:
                return object(p, false);
            default:
                return null;
        }
    }

    private static IllegalArgumentException invalid(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new IllegalArgumentException("JSON non valido alla posizione "
                + (at == null ? "?" : at.getCharOffset() + " (riga " + at.getLineNr() + ", colonna "
                + at.getColumnNr() + ")"), e);
    }

    /**
     * A flat JSON object read from its tokens, without a tree: texts as String, whole numbers that fit an int as
     * Integer (other numbers as BigDecimal), true/false as Boolean, null as null; a nested object or array is
     * refused. {@code what} names the column in the message.
     */
    static Map<String, Object> flatObject(String text, String what) {
        try (JsonParser p = MAPPER.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(what + " illeggibili: atteso un oggetto {...}");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                out.put(name, switch (t) {
                    case VALUE_STRING -> p.getText();
                    case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.INT ? (Object) p.getIntValue()
                            : p.getDecimalValue();
                    case VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case VALUE_NULL -> null;
                    default -> fail(what, name);
                });
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException(what + " illeggibili: testo dopo l'oggetto");
            }
            return out;
        } catch (JsonProcessingException e) {
            throw invalid(e);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " illeggibili (" + e.getMessage() + ")", e);
        }
    }

    /** {@link #flatObject(String, String)} for an object already parsed into a tree (the plan history). */
    static Map<String, Object> flatObject(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " illeggibili: atteso un oggetto {...}");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), scalar(e.getValue(), what, e.getKey())));
        return out;
    }

    /** A value of a flat object's tree, as {@link #flatObject(String, String)} gives it. */
    private static Object scalar(JsonNode v, String what, String name) {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        return v.isNull() ? null : fail(what, name);
    }

    private static Object fail(String what, String name) {
        throw new IllegalArgumentException(what + " illeggibili: '" + name + "' non è un valore semplice");
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
        LocalDate d = date(s);
        return d == null ? s : d;
    }

    /** Whether a text reads as a date: {@code yyyy-mm-dd} and a real day. */
    private static boolean looksLikeDate(String s) {
        return date(s) != null;
    }

    /** The date a text reads as ({@code yyyy-mm-dd}, a real day), or null: no regular expression, no exception. */
    private static LocalDate date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** A text field of a tree: {@code null} when absent or null. */
    static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    /**
     * Writes {@link Values}: dates as {@code yyyy-mm-dd}, numbers as plain decimals, and a text that would read
     * as a date as {@code {"$testo": ...}}.
     */
    private static void writeValues(Values values, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        for (Map.Entry<String, Object> e : values.asMap().entrySet()) {
            gen.writeFieldName(e.getKey());
            writeItem(e.getValue(), gen);
        }
        gen.writeEndObject();
    }

    private static void writeItem(Object v, JsonGenerator gen) throws IOException {
        if (v instanceof String s) {
            if (looksLikeDate(s)) {
                gen.writeStartObject();
                gen.writeStringField(TEXT, s);
                gen.writeEndObject();
            } else {
                gen.writeString(s);
            }
        } else if (v instanceof BigDecimal d) {
            gen.writeNumber(d);
        } else if (v instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (v instanceof LocalDate d) {
            gen.writeString(d.toString());
        } else if (v instanceof Values nested) {
            writeValues(nested, gen);
        } else if (v instanceof List<?> l) {
            gen.writeStartArray();
            for (Object o : l) {
                writeItem(o, gen);
            }
            gen.writeEndArray();
        } else if (v == null) {
            gen.writeNull();
        } else {
            throw new IOException("valore di tipo " + v.getClass().getSimpleName() + " non ammesso nei valori");
        }
    }

    /** {@link Values} inside other objects written by the mapper (audit snapshots): the same text as above. */
    private static final class ValuesSerializer extends StdSerializer<Values> {
        private static final long serialVersionUID = 1L;

        ValuesSerializer() {
            super(Values.class);
        }

        @Override
        public void serialize(Values values, JsonGenerator gen, SerializerProvider provider) throws IOException {
            writeValues(values, gen);
        }
    }
}
