package org.claimtrail.api;

/**
 * The user may see what the request names but not do what it asks of it, for a reason beyond the roles that security
 * checks before (an extraction that is another's); the message says why, for the answer's {@code detail}.
 */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
