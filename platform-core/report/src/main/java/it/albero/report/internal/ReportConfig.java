package it.albero.report.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the reports and of the public transparency page (PID {@code it.albero.report}). */
@ObjectClassDefinition(id = "it.albero.report", name = "Albero - rapporti e trasparenza",
        description = "Relazione sulla performance, monitoraggio, dati aperti e pagina pubblica /trasparenza/")
public @interface ReportConfig {

    @AttributeDefinition(name = "Pagina di trasparenza attiva",
            description = "Pubblica senza accesso la pagina /trasparenza/ con i piani adottati e i loro dati aperti"
                    + " (CSV). false: la pagina non esiste (404).")
    boolean trasparenza_enabled() default true;

    @AttributeDefinition(name = "Fuso orario",
            description = "Fuso orario delle date e ore di generazione, delle rettifiche e del 'oggi' della pagina"
                    + " pubblica (di norma quello del motore)")
    String zone() default "Europe/Rome";
}
