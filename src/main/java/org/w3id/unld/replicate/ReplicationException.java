package org.w3id.unld.replicate;

/** Replication cannot go on: the topic cannot be reached or used, or a patch cannot be applied. */
public final class ReplicationException extends RuntimeException {
    public ReplicationException(String message) {
        super(message);
    }

    public ReplicationException(String message, Throwable cause) {
        super(message, cause);
    }
}
