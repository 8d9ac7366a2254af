package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.claimtrail.api.proposition.PropositionSide;

/**
 * Records on {@code claimId} that it cannot be true together with {@code withClaimId} or with the claims of
 * {@code withSide} (one of the two is null). A link that is already open changes nothing, and a closed one is opened
 * again.
 */
public record LinkConflict(@TargetAggregateIdentifier ClaimId claimId, ClaimId withClaimId, PropositionSide withSide,
                           String reason) {

    public static LinkConflict withClaim(ClaimId claimId, ClaimId withClaimId, String reason) {
        return new LinkConflict(claimId, withClaimId, null, reason);
    }
}
