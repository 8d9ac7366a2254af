package org.claimtrail.api;

/** What a request names is not on record; the message says what, for the answer's {@code detail}. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
