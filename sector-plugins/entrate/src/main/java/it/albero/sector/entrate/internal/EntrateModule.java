package it.albero.sector.entrate.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.spi.SectorModule;

/** The descriptor of the Entrate module. */
@Component(service = SectorModule.class)
public class EntrateModule implements SectorModule {

    /** The module id, prefix of its types' and checks' ids. */
    static final String ID = "entrate";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Settore Entrate";
    }

    @Override
    public List<String> servedUnits() {
        return List.of("Settore Entrate", "Servizi demografici", "Commercio e SUAP");
    }
}
