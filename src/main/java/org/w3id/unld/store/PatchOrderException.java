package org.w3id.unld.store;

/** A patch that cannot be applied where the store is: it does not follow the store's last patch, or has no id. */
public final class PatchOrderException extends RuntimeException {
    public PatchOrderException(String message) {
        super(message);
    }
}
