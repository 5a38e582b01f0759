package it.albero.sector.pianodizona.internal;

import java.util.List;
import java.util.Map;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Indicator;
import it.albero.api.model.Measurement;
import it.albero.api.model.Values;
import it.albero.api.spi.CheckContext;
import it.albero.api.spi.IndicatorType;
import it.albero.api.spi.ScoringPolicy;
import it.albero.testing.TypeFixtures;

/** This module's tests on the shared test support: indicator PDZ-01.1 of unit PDZ. */
final class Fixtures {

    static final ScoringPolicy LINEAR = TypeFixtures.LINEAR;

    private static final TypeFixtures FIXTURES = new TypeFixtures("PDZ", "Piano di Zona");

    private Fixtures() {
    }

    static Indicator indicator(String type, Values params) {
        return FIXTURES.indicator(type, params);
    }

    static Measurement m(String date, Object... values) {
        return FIXTURES.m(date, values);
    }

    static Evaluation eval(IndicatorType type, Indicator ind, String asOf, List<Measurement> ms) {
        return TypeFixtures.eval(type, ind, asOf, ms);
    }

    static void assertEvaluates(IndicatorType type, Values params, String asOf, List<Measurement> ms,
                                it.albero.api.model.Status status, Double score, String words) {
        FIXTURES.assertEvaluates(type, params, asOf, ms, status, score, words);
    }

    static Values window(String from, String to) {
        return TypeFixtures.window(from, to);
    }

    static CheckContext checkContext(String moduleId, Map<String, String> tags, Indicator... indicators) {
        return FIXTURES.checkContext(moduleId, tags, indicators);
    }
}
