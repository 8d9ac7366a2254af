package org.claimtrail.api.proposition;

/**
 * A proposal would take a proposition past its cap on claims or on sides ({@code claimtrail.limits.*}); answered
 * with 409 {@code proposition-full}, and nothing is proposed.
 */
public class PropositionFull extends RuntimeException {

    public PropositionFull(String message) {
        super(message);
    }
}
