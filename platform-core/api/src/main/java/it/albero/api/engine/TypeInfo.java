package it.albero.api.engine;

/**
 * An indicator type as the engine sees it.
 *
 * @param id       type id
 * @param moduleId module that contributes it
 * @param label    Italian label
 * @param bundle   symbolic name of the bundle that registered it
 * @param version  version of that bundle
 */
public record TypeInfo(String id, String moduleId, String label, String bundle, String version) {
}
