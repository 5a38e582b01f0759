package it.albero.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the store: PID {@code it.albero.store}, file {@code etc/it.albero.store.cfg}. */
@ObjectClassDefinition(id = "it.albero.store", name = "Albero - archivio",
        description = "Archivio di Albero: la fonte dati e la cartella dei backup.")
public @interface StoreConfig {

    @AttributeDefinition(name = "Cartella radice dei backup",
            description = "albero:backup scrive solo in cartelle sotto questa radice. Vuota: la cartella backup"
                    + " dentro la cartella dati di Karaf (data/backup). Un percorso relativo si intende dentro la"
                    + " cartella dati di Karaf.", required = false)
    String backup_root() default "";

    @AttributeDefinition(name = "Filtro della fonte dati",
            description = "Filtro OSGi del servizio DataSource usato dall'archivio.")
    String dataSource_target() default "(dataSourceName=albero)";
}
