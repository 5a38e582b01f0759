package it.albero.api.service;

import it.albero.api.store.StoreException;

/** The caller may not do this; nothing was changed. The message is Italian. */
public class AccessDeniedException extends StoreException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
