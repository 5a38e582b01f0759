package it.albero.service.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the watched folders of the sources (PID {@code it.albero.feed}, file {@code etc/it.albero.feed.cfg}). */
@ObjectClassDefinition(id = "it.albero.feed", name = "Albero - cartelle sorvegliate delle fonti di dati",
        description = "Ogni fonte installata ha una cartella: i file messi lì vengono acquisiti a intervalli regolari")
@interface FolderConfig {

    @AttributeDefinition(name = "Attive", description = "false: nessuna cartella è sorvegliata")
    boolean enabled() default true;

    @AttributeDefinition(name = "Cartella", description = "La cartella che contiene una sottocartella per fonte"
            + " (es. feeds/finanziario.fatture); relativa alla cartella data di Karaf")
    String folder() default "albero/feeds";

    @AttributeDefinition(name = "Intervallo (secondi)", description = "Ogni quanti secondi si guardano le cartelle")
    int interval_seconds() default 300;

    @AttributeDefinition(name = "Piano", description = "Il piano a cui si acquisiscono i file (ente/codice);"
            + " vuoto: il piano corrente")
    String plan() default "";
}
