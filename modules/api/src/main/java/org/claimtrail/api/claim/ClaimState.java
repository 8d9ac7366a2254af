package org.claimtrail.api.claim;

/** Where a claim stands in the verification workflow. */
public enum ClaimState {
    PROPOSED, DISPUTED, CORROBORATED, DENIED;

    public boolean isDecided() {
        return this == CORROBORATED || this == DENIED;
    }
}
