package it.albero.api.engine;

/**
 * A check as the engine sees it.
 *
 * @param id       check id
 * @param moduleId module that contributes it
 * @param label    Italian label
 * @param bundle   symbolic name of the bundle that registered it
 */
public record CheckInfo(String id, String moduleId, String label, String bundle) {
}
