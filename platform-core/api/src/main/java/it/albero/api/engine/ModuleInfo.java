package it.albero.api.engine;

import java.util.List;

/**
 * An installed sector module as the engine sees it.
 *
 * @param id          module id
 * @param name        Italian name
 * @param version     version of its bundle
 * @param bundle      symbolic name of its bundle
 * @param types       number of indicator types it contributes
 * @param checks      number of checks it contributes
 * @param servedUnits the units it serves
 */
public record ModuleInfo(String id, String name, String version, String bundle, int types, int checks,
                         List<String> servedUnits) {
    public ModuleInfo {
        servedUnits = List.copyOf(servedUnits);
    }
}
