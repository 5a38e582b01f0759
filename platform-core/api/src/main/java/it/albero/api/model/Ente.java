package it.albero.api.model;

import java.util.Objects;

/** A public administration (comune, unione, ambito of a Piano di Zona). */
public record Ente(String code, String name) {
    public Ente {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
