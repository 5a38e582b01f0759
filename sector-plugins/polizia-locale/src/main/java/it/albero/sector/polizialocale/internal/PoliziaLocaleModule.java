package it.albero.sector.polizialocale.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import it.albero.api.spi.SectorModule;

/** The descriptor of the Polizia Locale module (Protezione Civile included). */
@Component(service = SectorModule.class)
public class PoliziaLocaleModule implements SectorModule {

    /** The module id, prefix of its types' and checks' ids. */
    static final String ID = "polizia-locale";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Polizia Locale e Protezione Civile";
    }

    @Override
    public List<String> servedUnits() {
        return List.of("Polizia Locale", "Protezione Civile");
    }
}
