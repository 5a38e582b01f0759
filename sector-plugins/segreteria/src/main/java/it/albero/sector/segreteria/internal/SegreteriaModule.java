package it.albero.sector.segreteria.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.spi.Messages;
import it.albero.api.spi.SectorModule;

/** The descriptor of the Segreteria Generale module. */
@Component(service = SectorModule.class)
public class SegreteriaModule implements SectorModule {

    /** The module id, prefix of its types' and checks' ids. */
    static final String ID = "segreteria";

    /** The module's texts (messages.properties next to this class), in Italian. */
    static Messages italian() {
        return Messages.italian(SegreteriaModule.class);
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
        return List.of("Segreteria Generale", "Segretario Generale", "Progetti trasversali a tutti i Direttori", "Progetti trasversali ai Direttori PNRR");
    }
}
