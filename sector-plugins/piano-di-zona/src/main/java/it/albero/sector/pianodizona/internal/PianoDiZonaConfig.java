package it.albero.sector.pianodizona.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the module: PID {@code it.albero.sector.pianodizona}, shared by all its components. */
@ObjectClassDefinition(id = PianoDiZonaModule.PID, name = "Albero - Piano di Zona",
        description = "Impostazioni del modulo Piano di Zona.")
public @interface PianoDiZonaConfig {

    @AttributeDefinition(name = "Lingua",
            description = "Lingua dei testi del modulo (etichette, spiegazioni, rilievi): it (predefinita) oppure una"
                    + " lingua di cui il modulo ha i file messages_<lingua>.properties, ad es. de; quanto non tradotto"
                    + " resta in italiano.")
    String locale() default "it";
}
