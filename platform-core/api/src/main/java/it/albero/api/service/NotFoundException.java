package it.albero.api.service;

import it.albero.api.store.ValidationException;

/** An unknown ente, plan, unit, indicator or measurement: nothing was changed. The message is Italian. */
public class NotFoundException extends ValidationException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
