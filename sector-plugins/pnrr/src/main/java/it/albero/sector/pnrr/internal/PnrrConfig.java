package it.albero.sector.pnrr.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The configuration of the PNRR module, PID {@code it.albero.sector.pnrr} (etc/it.albero.sector.pnrr.cfg). */
@ObjectClassDefinition(name = "Albero - modulo PNRR",
        description = "Impostazioni delle verifiche sugli obiettivi PNRR")
@interface PnrrConfig {

    @AttributeDefinition(name = "Data di fine delle misure PNRR",
            description = "aaaa-mm-gg: le scadenze degli obiettivi PNRR non possono superarla (predefinita 2026-06-30)")
    String scadenzaPnrr() default "2026-06-30";
}
