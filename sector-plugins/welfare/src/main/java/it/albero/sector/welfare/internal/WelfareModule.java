package it.albero.sector.welfare.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.spi.SectorModule;

/** The descriptor of the Welfare module. */
@Component(service = SectorModule.class)
public class WelfareModule implements SectorModule {

    /** The module id, prefix of its types' and checks' ids. */
    static final String ID = "welfare";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Settore Welfare";
    }

    @Override
    public List<String> servedUnits() {
        return List.of("Settore Welfare");
    }
}
