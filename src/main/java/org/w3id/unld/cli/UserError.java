package org.w3id.unld.cli;

/** A mistake in how unld was called (a missing file, a bad option value): shown as one line, exit code 2. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
