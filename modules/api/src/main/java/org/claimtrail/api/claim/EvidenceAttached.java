package org.claimtrail.api.claim;

public record EvidenceAttached(ClaimId claimId, Source source, String attachedBy, ClaimState state)
        implements ClaimEvent {
}
