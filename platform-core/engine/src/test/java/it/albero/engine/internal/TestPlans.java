package it.albero.engine.internal;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

import it.albero.api.model.Ente;
import it.albero.api.model.Indicator;
import it.albero.api.model.Objective;
import it.albero.api.model.OrgUnit;
import it.albero.api.model.Plan;
import it.albero.api.model.PlanStatus;
import it.albero.api.model.Timing;
import it.albero.api.model.UnitKind;
import it.albero.api.model.Values;

/** Small plans and configurations for the engine's tests. */
final class TestPlans {

    private TestPlans() {
    }

    static Indicator indicator(String code, String typeId) {
        return new Indicator(code, "strumento " + code, "100%", new Timing.Period("annuale", Timing.PeriodKind.ANNO, 1, 2025),
                typeId, Values.empty(), null, null);
    }

    static Plan plan(Indicator... indicators) {
        Objective o = new Objective("ENT-01", "Obiettivo", null, Map.of(), List.of(), List.of(indicators), null);
        OrgUnit u = new OrgUnit("ENT", "Settore Entrate", UnitKind.SETTORE, "entrate", List.of(o), null);
        return new Plan("PIAO-2025", new Ente("test", "Comune di Prova"), "Piano", 2025, 2027, 2025,
                PlanStatus.MONITORAGGIO, 1, List.of(u));
    }

    static EngineConfig config(long timeoutMs) {
        return config(timeoutMs, timeoutMs, 4, "Europe/Rome", "it");
    }

    static EngineConfig config(long timeoutMs, long checkTimeoutMs, int poolSize, String zone, String locale) {
        return new EngineConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EngineConfig.class;
            }

            @Override
            public long evaluation_timeout_ms() {
                return timeoutMs;
            }

            @Override
            public long check_timeout_ms() {
                return checkTimeoutMs;
            }

            @Override
            public int pool_size() {
                return poolSize;
            }

            @Override
            public String zone() {
                return zone;
            }

            @Override
            public String locale() {
                return locale;
            }

            @Override
            public String scoring_mode() {
                return "lineare";
            }

            @Override
            public String scoring_bands() {
                return "70:90,90:100";
            }

            @Override
            public double partial_threshold() {
                return 50;
            }

            @Override
            public String missing_data() {
                return "escludi";
            }
        };
    }

    /** The settings of the default configuration, with another scoring policy. */
    static Settings settings(Scoring scoring) {
        Settings s = Settings.of(config(300));
        return new Settings(scoring, s.timeoutMs(), s.checkTimeoutMs(), s.poolSize(), s.zone(), s.text());
    }
}
