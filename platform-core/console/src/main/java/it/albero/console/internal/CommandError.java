package it.albero.console.internal;

/**
 * A user error: the console prints its Italian message as one line, without a stack trace.
 * Karaf prints the message of a thrown exception; this class exists so that commands say why in one place.
 */
final class CommandError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandError(String message) {
        super(message, null, false, false);
    }
}
