package it.albero.types.internal;

import static it.albero.types.internal.Fixture.d;
import static it.albero.types.internal.Fixture.eval;
import static it.albero.types.internal.Fixture.expect;
import static it.albero.types.internal.Fixture.indicator;
import static it.albero.types.internal.Fixture.yearly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Status;
import it.albero.api.model.Values;

class CompositeTypeTest {

    private final CompositeType type = new CompositeType();

    private static final Evaluation FULL = Evaluation.of(1, Status.RAGGIUNTO, "ok");
    private static final Evaluation PART = Evaluation.of(0.6, Status.PARZIALMENTE_RAGGIUNTO, "60%");
    private static final Evaluation NONE = Evaluation.of(0, Status.NON_RAGGIUNTO, "0%");
    private static final Evaluation OPEN = new Evaluation(0.5, Status.IN_CORSO, "in corso", true);
    private static final Evaluation NOT_DUE = Evaluation.without(Status.NON_ANCORA_DOVUTO, "non ancora");
    private static final Evaluation MISSING = Evaluation.without(Status.DATI_MANCANTI, "mancano");

    private static Map<String, Evaluation> components(Evaluation a, Evaluation b) {
        Map<String, Evaluation> m = new LinkedHashMap<>();
        if (a != null) {
            m.put("A.1", a);
        }
        if (b != null) {
            m.put("A.2", b);
        }
        return m;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("all reached", "tutti", FULL, FULL, Status.RAGGIUNTO, 1.0, false),
                Arguments.of("all: the lowest counts", "tutti", FULL, PART, Status.PARZIALMENTE_RAGGIUNTO, 0.6, false),
                Arguments.of("all: one missed", "tutti", FULL, NONE, Status.NON_RAGGIUNTO, 0.0, false),
                Arguments.of("weighted mean", "pesato", FULL, PART, Status.PARZIALMENTE_RAGGIUNTO, 0.8, false),
                Arguments.of("weighted: one missed", "pesato", FULL, NONE, Status.PARZIALMENTE_RAGGIUNTO, 0.5, false),
                Arguments.of("open component keeps it open", "pesato", FULL, OPEN, Status.IN_CORSO, 0.75, true),
                Arguments.of("not due component", "tutti", FULL, NOT_DUE, Status.IN_CORSO, 1.0, false),
                Arguments.of("all not due", "tutti", NOT_DUE, NOT_DUE, Status.NON_ANCORA_DOVUTO, null, false),
                Arguments.of("missing data excluded", "tutti", PART, MISSING, Status.PARZIALMENTE_RAGGIUNTO, 0.6, false),
                Arguments.of("only missing data", "pesato", MISSING, MISSING, Status.DATI_MANCANTI, null, false),
                Arguments.of("component not in plan", "tutti", FULL, null, Status.RAGGIUNTO, 1.0, false),
                Arguments.of("evaluated on its own", "tutti", null, null, Status.DATI_MANCANTI, null, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void evaluates(String name, String mode, Evaluation a, Evaluation b, Status status, Double score, boolean risk) {
        Indicator ind = indicator("composito", yearly(), Values.of("modo", mode, "componenti", List.of("A.1", "A.2")));
        assertTrue(type.validate(ind).isEmpty(), type.validate(ind).toString());
        expect(eval(type, ind, d("2025-12-31"), List.of(), components(a, b)), status, score, risk);
    }

    @Test
    void weightsAndText() {
        Indicator ind = indicator("composito", yearly(), Values.of("modo", "pesato", "componenti", List.of(
                Map.of("codice", "A.1", "peso", 3), Map.of("codice", "A.2", "peso", 1))));
        assertTrue(type.validate(ind).isEmpty(), type.validate(ind).toString());
        Evaluation e = eval(type, ind, d("2025-12-31"), List.of(), components(FULL, NONE));
        assertEquals(0.75, e.score(), 1e-9);
        assertEquals("Media pesata dei componenti: 75%. A.1 raggiunto (100%, peso 3), A.2 non raggiunto (0%, peso 1).",
                e.explanation());
        Indicator text = indicator("composito", yearly(), Values.of("componenti", "A.1, A.2"));
        Evaluation t = eval(type, text, d("2025-12-31"), List.of(), components(FULL, PART));
        assertEquals("Tutti i componenti, conta il più basso: 60%. A.1 raggiunto (100%), A.2 parzialmente raggiunto"
                + " (60%).", t.explanation());
    }

    @Test
    void validates() {
        assertEquals(1, type.validate(indicator("composito", yearly(), Values.of("componenti", List.of()))).size());
        assertEquals(1, type.validate(indicator("composito", yearly(),
                Values.of("componenti", List.of("X-01.1")))).size());
        assertEquals(1, type.validate(indicator("composito", yearly(),
                Values.of("componenti", List.of("A.1", "A.1")))).size());
        assertEquals(1, type.validate(indicator("composito", yearly(),
                Values.of("modo", "media", "componenti", List.of("A.1")))).size());
        assertEquals(1, type.validate(indicator("composito", yearly(), Values.of("modo", "tutti"))).size());
    }
}
