package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records on {@code claimId} that it cannot be true together with {@code withClaimId}. Sent for both claims of a
 * conflict; a link that is already open changes nothing, and a closed one is opened again.
 */
public record LinkConflict(@TargetAggregateIdentifier ClaimId claimId, ClaimId withClaimId, String reason) {
}
