package org.w3id.unld.store;

/**
 * The store cannot be opened: another process holds it, the folder is not a store, the configuration
 * is wrong. The message says what to do; the command line shows it without a stack trace (exit 2).
 */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message) {
        super(message);
    }

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
