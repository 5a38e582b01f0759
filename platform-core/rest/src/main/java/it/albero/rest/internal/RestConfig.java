package it.albero.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the REST API (PID {@code it.albero.rest}, file {@code etc/it.albero.rest.cfg}). */
@ObjectClassDefinition(name = "Albero - API REST", description = "Accesso, sessioni e limiti dell'API /api/v1")
@interface RestConfig {

    @AttributeDefinition(name = "Realm JAAS", description = "Il realm JAAS con cui si verificano utente e password")
    String realm() default "karaf";

    @AttributeDefinition(name = "Scadenza della sessione (minuti)",
            description = "Dopo quanti minuti di inattività la sessione del browser scade")
    int session_idle_minutes() default 30;

    @AttributeDefinition(name = "Tentativi falliti prima del blocco",
            description = "Accessi falliti consecutivi per lo stesso utente prima che venga bloccato per un po'")
    int login_max_failures() default 5;

    @AttributeDefinition(name = "Durata del blocco (secondi)",
            description = "Per quanto tempo un utente resta bloccato dopo troppi tentativi falliti")
    int login_lock_seconds() default 60;

    @AttributeDefinition(name = "Validità delle credenziali in memoria (secondi)",
            description = "Per quanto tempo un accesso HTTP Basic riuscito non viene riverificato sul realm")
    int basic_cache_seconds() default 60;

    @AttributeDefinition(name = "Dimensione massima di una richiesta (MB)",
            description = "Oltre questa dimensione il corpo di una richiesta (es. un file importato) è rifiutato")
    int max_body_mb() default 10;

    @AttributeDefinition(name = "Segreto condiviso delle sessioni",
            description = "Facoltativo, almeno 32 caratteri: firma i cookie di sessione di tutti i nodi che lo hanno."
                    + " Vuoto: la chiave è creata una volta nel database e condivisa da tutti i nodi che lo usano",
            required = false)
    String session_secret() default "";
}
