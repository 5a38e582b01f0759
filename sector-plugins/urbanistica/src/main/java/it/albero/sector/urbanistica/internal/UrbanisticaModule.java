package it.albero.sector.urbanistica.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.spi.Messages;
import it.albero.api.spi.SectorModule;

/** The descriptor of the Settore Urbanistica e Ambiente module. */
@Component(service = SectorModule.class)
public class UrbanisticaModule implements SectorModule {

    /** The module id, prefix of its types' and checks' ids. */
    static final String ID = "urbanistica";

    /** The module's texts (messages.properties next to this class), in Italian. */
    static Messages italian() {
        return Messages.italian(UrbanisticaModule.class);
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
        return List.of("Settore Urbanistica e Ambiente");
    }
}
