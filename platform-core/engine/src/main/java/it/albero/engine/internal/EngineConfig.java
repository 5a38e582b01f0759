package it.albero.engine.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Configuration of the engine: PID {@code it.albero.engine}, file {@code etc/it.albero.engine.cfg}. */
@ObjectClassDefinition(id = "it.albero.engine", name = "Albero - motore di valutazione",
        description = "Tempi massimi di valutazione e dei controlli, risorse, fuso orario, lingua e politica di"
                + " punteggio dell'ente.")
public @interface EngineConfig {

    @AttributeDefinition(name = "Tempo massimo per tipo (ms)",
            description = "Oltre questo tempo gli indicatori di un tipo risultano in errore e il tipo è sospeso"
                    + " fino alla reinstallazione del suo modulo.", min = "10")
    long evaluation_timeout_ms() default 2000;

    @AttributeDefinition(name = "Tempo massimo per controllo (ms)",
            description = "Oltre questo tempo un controllo risulta in errore ed è sospeso fino alla reinstallazione"
                    + " del suo modulo. Un controllo esamina tutto il piano: serve più tempo di un tipo.", min = "10")
    long check_timeout_ms() default 10000;

    @AttributeDefinition(name = "Thread di calcolo",
            description = "Thread per le valutazioni e altrettanti per i controlli; le richieste in più attendono in"
                    + " coda entro il tempo massimo. 4 basta a un server comunale a 2 core.", min = "1", max = "64")
    int pool_size() default 4;

    @AttributeDefinition(name = "Fuso orario",
            description = "Il fuso in cui si legge 'oggi' e in cui si datano rilevazioni e rettifiche"
                    + " (identificativo IANA).")
    String zone() default "Europe/Rome";

    @AttributeDefinition(name = "Lingua",
            description = "Lingua dei testi per gli utenti (spiegazioni, rilievi): it, oppure una lingua di cui il"
                    + " motore ha i file messages_<lingua>.properties; quanto non tradotto resta in italiano.")
    String locale() default "it";

    @AttributeDefinition(name = "Metodo di punteggio",
            description = "lineare: punteggio = raggiungimento, fino al 100%; fasce: punteggio per fasce.",
            options = {@Option(label = "lineare", value = "lineare"), @Option(label = "fasce", value = "fasce")})
    String scoring_mode() default "lineare";

    @AttributeDefinition(name = "Fasce",
            description = "Per il metodo a fasce: elenco 'soglia:punteggio' in percentuale, crescente;"
                    + " sotto la prima soglia il punteggio è 0. Esempio: 70:90,90:100")
    String scoring_bands() default "70:90,90:100";

    @AttributeDefinition(name = "Soglia di parziale raggiungimento (%)",
            description = "Punteggio minimo perché un indicatore sia 'parzialmente raggiunto'; sotto è"
                    + " 'non raggiunto'. Il 100% è 'raggiunto'.", type = AttributeType.DOUBLE, min = "0", max = "100")
    double partial_threshold() default 50;

    @AttributeDefinition(name = "Dati mancanti",
            description = "escludi: gli indicatori senza dati non pesano nella media; zero: pesano con punteggio 0.",
            options = {@Option(label = "escludi", value = "escludi"), @Option(label = "zero", value = "zero")})
    String missing_data() default "escludi";
}
