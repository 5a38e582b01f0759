package it.albero.sector.manutenzione.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.spi.Messages;
import it.albero.api.spi.SectorModule;

/** The descriptor of the Settore Manutenzione, Progettazione e PNRR module. */
@Component(service = SectorModule.class)
public class ManutenzioneModule implements SectorModule {

    /** The module id, prefix of its types' and checks' ids. */
    static final String ID = "manutenzione";

    /** The module's texts (messages.properties next to this class), in Italian. */
    static Messages italian() {
        return Messages.italian(ManutenzioneModule.class);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return italian().get("module.name");
    }

    @Override
    public List<String> servedUnits() {
        return List.of("Settore Manutenzione, Progettazione e PNRR");
    }
}
