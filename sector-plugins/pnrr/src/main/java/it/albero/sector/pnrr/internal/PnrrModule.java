package it.albero.sector.pnrr.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.spi.SectorModule;

/** The descriptor of the PNRR module: it serves the PNRR-tagged objectives wherever they sit in the tree. */
@Component(service = SectorModule.class)
public class PnrrModule implements SectorModule {

    /** The module id, prefix of its types' and checks' ids. */
    static final String ID = "pnrr";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "PNRR - Piano Nazionale di Ripresa e Resilienza";
    }

    @Override
    public List<String> servedUnits() {
        return List.of("Obiettivi PNRR di tutti i settori (tag pnrr)");
    }
}
