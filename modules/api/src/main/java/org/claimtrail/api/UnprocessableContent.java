package org.claimtrail.api;

/**
 * A well-formed request whose content the server cannot work on, such as text in a language it does not read;
 * answered with 422 and the message as the problem's detail.
 */
public class UnprocessableContent extends RuntimeException {

    public UnprocessableContent(String message) {
        super(message);
    }
}
