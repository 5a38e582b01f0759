package it.albero.sector.pianodizona.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import it.albero.api.spi.Messages;
import it.albero.api.spi.SectorModule;

/** The descriptor of the Piano di Zona module (the Ambito's Ufficio di Piano). */
@Component(service = SectorModule.class, configurationPid = PianoDiZonaModule.PID)
@Designate(ocd = PianoDiZonaConfig.class)
public class PianoDiZonaModule implements SectorModule {

    /** The module id, prefix of its types' and checks' ids. */
    static final String ID = "piano-di-zona";

    /** The configuration of the module, shared by its components. */
    static final String PID = "it.albero.sector.pianodizona";

    private final Messages text;

    @Activate
    public PianoDiZonaModule(PianoDiZonaConfig config) {
        this(messages(config));
    }

    PianoDiZonaModule(Messages text) {
        this.text = text;
    }

    /** The module's texts in the configured language (Italian by default). */
    static Messages messages(PianoDiZonaConfig config) {
        return Messages.of(PianoDiZonaModule.class, Messages.locale(config.locale()));
    }

    /** The module's texts in Italian. */
    static Messages italian() {
        return Messages.italian(PianoDiZonaModule.class);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return text.get("module.name");
    }

    @Override
    public List<String> servedUnits() {
        return List.of("Piano di Zona", "Ufficio di Piano");
    }
}
