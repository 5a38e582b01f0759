package it.albero.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Values;
import it.albero.api.service.InvalidValuesException;
import it.albero.api.spi.Field;
import it.albero.api.spi.Schema;

/** Values as people and programs send them, typed by the schema with the Italian rules. */
class ValueReaderTest {

    private static final Schema SCHEMA = Schema.of(Field.required("emessi", Field.Kind.INTERO, "Emessi"),
            Field.optional("quota", Field.Kind.PERCENTUALE, "Quota"),
            Field.optional("data", Field.Kind.DATA, "Data"),
            Field.optional("atto", Field.Kind.TESTO, "Atto"));

    @Test
    void textsAreReadTheItalianWay() {
        Values v = ValueReader.read(Map.of("emessi", "48.000", "quota", "0,8", "data", "31/12/2025",
                "atto", "Determina 12"), Optional.of(SCHEMA));
        assertEquals(0, new BigDecimal("48000").compareTo(v.number("emessi").orElseThrow()));
        assertEquals(0, new BigDecimal("0.8").compareTo(v.number("quota").orElseThrow()));
        assertEquals(LocalDate.of(2025, 12, 31), v.date("data").orElseThrow());
        assertEquals("Determina 12", v.text("atto").orElseThrow());
    }

    @Test
    void jsonNumbersAreTakenAsTheyAre() {
        Values v = ValueReader.read(Map.of("emessi", 12, "quota", 85.5), Optional.of(SCHEMA));
        assertEquals(0, new BigDecimal("85.5").compareTo(v.number("quota").orElseThrow()));
    }

    @Test
    void everyBadFieldIsNamed() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("emessi", "48.5");
        raw.put("data", "2025/12/31");
        raw.put("quota", true);
        InvalidValuesException e = assertThrows(InvalidValuesException.class,
                () -> ValueReader.read(raw, Optional.of(SCHEMA)));
        assertEquals(3, e.fields().size());
        assertTrue(e.fields().get("emessi").contains("virgola"), e.fields().get("emessi"));
    }

    @Test
    void withoutSchemaTheLookDecides() {
        Values v = ValueReader.read(Map.of("a", "1.234,5", "b", "2025-06-30", "c", "testo"), Optional.empty());
        assertEquals(0, new BigDecimal("1234.5").compareTo(v.number("a").orElseThrow()));
        assertEquals(LocalDate.of(2025, 6, 30), v.date("b").orElseThrow());
        assertEquals("testo", v.text("c").orElseThrow());
    }
}
