package it.albero.api.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The descriptor of a sector module (one bundle). The engine reads the module's version from its bundle
 * and counts its types and checks by {@link #id()}.
 */
@ConsumerType
public interface SectorModule {

    /** The module id, as in the DESIGN table: {@code entrate}, {@code polizia-locale}, ... */
    String id();

    /** Italian name. */
    String name();

    /** The units of a plan it serves, as they are usually named (e.g. "Settore Entrate"). */
    List<String> servedUnits();
}
