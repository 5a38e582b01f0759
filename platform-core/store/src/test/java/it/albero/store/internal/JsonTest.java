package it.albero.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Timing;
import it.albero.api.model.Values;

class JsonTest {

    @Test
    void valuesSurviveTheRoundTrip() {
        Values v = Values.of("target", 70, "quota", 0.25, "nome", "Determina n. 123 \"urgente\"\n\tbis \\ è",
                "scadenza", LocalDate.of(2025, 12, 31), "attivo", true,
                "finestra", Map.of("da", LocalDate.of(2025, 5, 1), "a", LocalDate.of(2025, 9, 30)),
                "fasi", List.of(Map.of("nome", "avvio"), Map.of("nome", "fine", "peso", new BigDecimal("1.50"))),
                "controllo", "\u0001");
        String json = Json.write(v);
        assertEquals(v, Json.readValues(json));
    }

    @Test
    void numbersKeepTheirScaleAndDatesTheirType() {
        Values v = Json.readValues("{\"a\": 100, \"b\": 1.50, \"c\": -3e2, \"d\": \"2025-02-30\", \"e\": \"2025-02-28\"}");
        assertEquals(new BigDecimal("100"), v.get("a").orElseThrow());
        assertEquals(new BigDecimal("1.50"), v.get("b").orElseThrow());
        assertEquals(new BigDecimal("-3e2"), v.get("c").orElseThrow());
        assertEquals("2025-02-30", v.get("d").orElseThrow(), "an invalid date stays text");
        assertEquals(LocalDate.of(2025, 2, 28), v.get("e").orElseThrow());
    }

    @Test
    void emptyAndNullGiveEmptyValues() {
        assertTrue(Json.readValues(null).isEmpty());
        assertTrue(Json.readValues(" {} ").isEmpty());
        assertEquals("{}", Json.write(Values.empty()));
    }

    @Test
    void badJsonSaysWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.tree("{\"a\": 1,}"));
        assertTrue(e.getMessage().contains("posizione"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.tree("[1, 2"));
        assertThrows(IllegalArgumentException.class, () -> Json.tree("{} x"));
        assertThrows(IllegalArgumentException.class, () -> Json.readValues("[1]"));
    }

    @Test
    void theStreamingReaderRefusesWhatTheTreeRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.readValues("{\"a\": 1,}"));
        assertTrue(e.getMessage().contains("posizione"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.readValues("{\"a\": [1, 2}"));
        assertThrows(IllegalArgumentException.class, () -> Json.readValues("{} x"));
        assertThrows(IllegalArgumentException.class, () -> Json.readValues("{}{}"));
        assertThrows(IllegalArgumentException.class, () -> Json.readValues("\"testo\""));
        assertTrue(Json.readValues("null").isEmpty());
    }

    @Test
    void onlyARealDayInTheIsoFormReadsAsADate() {
        Values v = Json.readValues("{\"a\": \"2024-02-29\", \"b\": \"2025-02-29\", \"c\": \"2025-1-01\","
                + " \"d\": \"2025-13-01\", \"e\": \"2025-04-31\", \"f\": \"0000-01-01\", \"g\": \"2025-01-0x\","
                + " \"h\": \"31/12/2025\", \"i\": \"2025-12-31 \"}");
        assertEquals(LocalDate.of(2024, 2, 29), v.get("a").orElseThrow());
        for (String text : List.of("b", "c", "d", "e", "g", "h", "i")) {
            assertTrue(v.get(text).orElseThrow() instanceof String, text + " stays a text");
        }
        assertEquals(LocalDate.of(0, 1, 1), v.get("f").orElseThrow());
    }

    @Test
    void theMarkerIsReadOnlyInsideTheValues() {
        // a nested {"$testo": ...} is the marked text; one with other fields, or at the top, is an object
        Values v = Json.readValues("{\"$testo\": \"2025-01-01\", \"a\": {\"$testo\": \"2025-01-01\"},"
                + " \"b\": {\"$testo\": \"2025-01-01\", \"x\": 1}, \"c\": [{\"$testo\": \"2025-01-02\"}]}");
        assertEquals(LocalDate.of(2025, 1, 1), v.get("$testo").orElseThrow());
        assertEquals("2025-01-01", v.get("a").orElseThrow());
        assertEquals(Values.of("$testo", LocalDate.of(2025, 1, 1), "x", 1), v.get("b").orElseThrow());
        assertEquals(List.of("2025-01-02"), v.get("c").orElseThrow());
    }

    @Test
    void aTextThatLooksLikeADateStaysAText() {
        Values v = Values.of("protocollo", "2025-12-31", "scadenza", LocalDate.of(2025, 12, 31),
                "elenco", List.of("2025-01-01", LocalDate.of(2025, 1, 2), "testo"),
                "annidato", Map.of("atto", "2024-02-29"));
        Values back = Json.readValues(Json.write(v));
        assertEquals(v, back);
        assertEquals("2025-12-31", back.get("protocollo").orElseThrow());
        assertEquals(LocalDate.of(2025, 12, 31), back.get("scadenza").orElseThrow());
        assertEquals(List.of("2025-01-01", LocalDate.of(2025, 1, 2), "testo"), back.get("elenco").orElseThrow());
        assertEquals("2024-02-29", back.values("annidato").orElseThrow().get("atto").orElseThrow());
    }

    @Test
    void valuesWrittenByTheEarlierWriterReadAsBefore() {
        // the hand-written writer of schema 1-4 wrote dates as plain text and numbers as plain decimals
        Values v = Json.readValues("{\"valore\":48000,\"quota\":0.80,\"data\":\"2025-03-01\",\"atto\":\"n. 45\","
                + "\"fasi\":[{\"nome\":\"avvio\",\"entro\":\"2025-06-30\"}],\"ok\":true,\"nullo\":null}");
        assertEquals(Values.of("valore", 48000, "quota", new BigDecimal("0.80"), "data", LocalDate.of(2025, 3, 1),
                "atto", "n. 45", "fasi", List.of(Map.of("nome", "avvio", "entro", LocalDate.of(2025, 6, 30))),
                "ok", true), v);
    }

    @Test
    void aTimingWhoseTextsLookLikeDatesSurvivesTheRoundTrip() {
        List<Timing> all = List.of(
                new Timing.Relative("2025-12-31", 30, "2025-12-31"),
                new Timing.Unspecified("2025-12-31"),
                new Timing.ByDate("2025-12-31", LocalDate.of(2025, 12, 31)),
                new Timing.Period("2025-01-01", Timing.PeriodKind.TRIMESTRE, 1, 2025));
        for (Timing t : all) {
            assertEquals(t, TimingCodec.read(TimingCodec.write(t)));
        }
    }

    @Test
    void aTimingWrittenByTheEarlierWriterReadsAsBefore() {
        assertEquals(new Timing.Relative("entro 30 giorni", 30, "2025-12-31"), TimingCodec.read(
                "{\"forma\":\"relativa\",\"giorni\":30,\"evento\":\"2025-12-31\",\"testo\":\"entro 30 giorni\"}"));
        assertEquals(new Timing.ByDate("entro aprile", LocalDate.of(2025, 4, 30)), TimingCodec.read(
                "{\"forma\":\"data\",\"data\":\"2025-04-30\",\"testo\":\"entro aprile\"}"));
    }

    @Test
    void everyTimingSurvivesTheRoundTrip() {
        List<Timing> all = List.of(
                new Timing.Period("1 trim", Timing.PeriodKind.TRIMESTRE, 1, 2025),
                new Timing.ByDate("entro aprile", LocalDate.of(2025, 4, 30)),
                new Timing.Relative("entro 30 giorni dall'istruttoria", 30, "istruttoria"),
                new Timing.Recurring("4 volte l'anno", Timing.Frequency.VOLTE_L_ANNO, 4, 2025),
                new Timing.Recurring("settimanale", Timing.Frequency.SETTIMANALE, 0, 2025),
                new Timing.Unspecified("quando possibile"));
        for (Timing t : all) {
            assertEquals(t, TimingCodec.read(TimingCodec.write(t)));
        }
    }

    @Test
    void aTimingReadFromItsTokensIsTheTimingTheTreeReads() {
        List<Timing> all = List.of(
                new Timing.Period("1 trim", Timing.PeriodKind.TRIMESTRE, 1, 2025),
                new Timing.ByDate("entro \"aprile\"\n", LocalDate.of(2025, 4, 30)),
                new Timing.Relative("2025-12-31", 30, null),
                new Timing.Recurring("4 volte l'anno", Timing.Frequency.VOLTE_L_ANNO, 4, 2025),
                new Timing.Unspecified(""));
        for (Timing t : all) {
            String text = TimingCodec.write(t);
            assertEquals(Json.write(TimingCodec.fields(t)), text, "the same text as the mapper");
            assertEquals(TimingCodec.read(Json.tree(text)), TimingCodec.read(text));
        }
        assertEquals(new Timing.Unspecified(""), TimingCodec.read("{\"forma\":\"testo\",\"testo\":null}"));
    }

    @Test
    void aBrokenTimingSaysWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TimingCodec.read(
                "{\"forma\":\"periodo\",\"periodo\":\"TRIMESTRE\",\"indice\":1.5,\"anno\":2025,\"testo\":\"x\"}"))
                .getMessage().contains("'indice' non è un numero intero"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TimingCodec.read(
                "{\"forma\":\"periodo\",\"periodo\":\"TRIMESTRE\",\"indice\":3000000000,\"anno\":2025}"))
                .getMessage().contains("'indice' non è un numero intero"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TimingCodec.read("[1]"))
                .getMessage().contains("atteso un oggetto"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TimingCodec.read("{\"testo\":{\"a\":1}}"))
                .getMessage().contains("non è un valore semplice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TimingCodec.read("{\"testo\":\"a\"} x"))
                .getMessage().startsWith("JSON non valido"));
    }

    @Test
    void flatObjectsAreWrittenAsTheMapperWritesThem() {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("testo", "tab\t \"virgolette\" \\ é 😀");
        fields.put("numero", 42);
        fields.put("data", LocalDate.of(2025, 1, 31));
        fields.put("vero", true);
        fields.put("nulla", null);
        assertEquals(Json.write(fields), Json.writeFlat(fields));
        assertEquals(Json.write(Map.of("pnrr", "M1C1", "cup", "B12C")), Json.writeFlat(Map.of("pnrr", "M1C1",
                "cup", "B12C")));
        assertEquals("{}", Json.writeFlat(Map.of()));
    }
}
