package org.claimtrail.api.claim;

public record VerdictWithdrawn(ClaimId claimId, String reviewer, Verdict verdict, ClaimState state)
        implements ClaimEvent {
}
