package it.albero.sector.pianodizona.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import it.albero.api.model.Evaluation;
import it.albero.api.model.Status;
import it.albero.api.model.Values;
import it.albero.api.spi.Finding;
import it.albero.testing.TypeFixtures;

/** The module's texts come from its resource bundle: Italian by default, German by configuration and files alone. */
class PianoDiZonaLocaleTest {

    private static final TypeFixtures PDZ = new TypeFixtures("PDZ", "Piano di Zona");

    /** The module's configuration as Config Admin would give it. */
    private static PianoDiZonaConfig config(String locale) {
        return new PianoDiZonaConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PianoDiZonaConfig.class;
            }

            @Override
            public String locale() {
                return locale;
            }
        };
    }

    private static Evaluation tables(TablesType type) {
        return TypeFixtures.eval(type, PDZ.indicator(TablesType.ID, Values.of("tavoli_min", 2, "incontri_per_tavolo", 2)),
                "2025-12-31", List.of(PDZ.m("2025-06-10", "tavolo", "Disabilità"),
                        PDZ.m("2025-07-10", "tavolo", "Povertà", "incontri", 2), PDZ.m("2025-09-10", "tavolo", "Anziani")));
    }

    @Test
    void switchedToGermanTheModuleSpeaksGerman() {
        PianoDiZonaConfig german = config("de");
        TablesType type = new TablesType(german);
        assertEquals("Koordinierungstische und Sitzungen je Tisch", type.label());
        assertEquals("Frist", type.parameters().field("scadenza").orElseThrow().label());
        Evaluation e = tables(type);
        assertEquals(Status.NON_RAGGIUNTO, e.status(), "1 table of 3 with enough meetings");
        assertEquals("3 Tische aktiv (mind. 2); 1 von 3 mit mindestens 2 Sitzungen (Disabilità: 1 Sitzung; Anziani: 1 Sitzung).",
                e.explanation());
        assertEquals("Sozialplan des Bezirks (Piano di Zona)", new PianoDiZonaModule(german).name());
        List<Finding> found = new YearlyDeclinationCheck(german).check(PDZ.checkContext(PianoDiZonaModule.ID, Map.of(),
                PDZ.indicator(MacroObjectiveType.ID, Values.of("declinazioni", List.of(Map.of("anno", 2026))))));
        assertEquals(1, found.size(), found.toString());
        assertEquals("Dem dreijährigen Makroziel fehlt die Umsetzung für das Bezugsjahr 2025.", found.get(0).message());
    }

    @Test
    void whatTheGermanFilesDoNotTranslateStaysItalian() {
        ParticipationType type = new ParticipationType(config("de"));
        assertEquals("Incontri partecipati su incontri promossi", type.label());
        assertEquals("Frist", type.parameters().field("scadenza").orElseThrow().label());
        Evaluation e = TypeFixtures.eval(type, PDZ.indicator(ParticipationType.ID, Values.of("target", 70)), "2025-12-31",
                List.of(PDZ.m("2025-06-30", "promossi", 10, "partecipati", 8)));
        assertEquals("8 incontri partecipati su 10 promossi: 80% contro un target del 70%.", e.explanation());
    }

    @Test
    void italianByDefaultWhateverTheJvmSays() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            TablesType type = new TablesType(config("it"));
            assertEquals("Tavoli di co-programmazione e incontri per tavolo", type.label());
            assertEquals("3 tavoli attivi (min. 2); 1 su 3 con almeno 2 incontri (Disabilità: 1 incontro; Anziani: 1 incontro).",
                    tables(type).explanation());
            assertEquals("Piano di Zona (Ambito)", new PianoDiZonaModule(config("")).name());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aTranslationHasOnlyKeysOfTheItalianFile() throws IOException {
        Set<String> italian = keys("messages.properties");
        Set<String> german = keys("messages_de.properties");
        assertTrue(german.size() > 5, german.toString());
        german.removeAll(italian);
        assertEquals(Set.of(), german, "keys of the German file unknown to the Italian one");
    }

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = PianoDiZonaModule.class.getResourceAsStream(file)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }
}
