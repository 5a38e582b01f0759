package it.albero.sector.pianodizona.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.spi.SectorModule;

/** The descriptor of the Piano di Zona module (the Ambito's Ufficio di Piano). */
@Component(service = SectorModule.class)
public class PianoDiZonaModule implements SectorModule {

    /** The module id, prefix of its types' and checks' ids. */
    static final String ID = "piano-di-zona";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Piano di Zona (Ambito)";
    }

    @Override
    public List<String> servedUnits() {
        return List.of("Piano di Zona", "Ufficio di Piano");
    }
}
