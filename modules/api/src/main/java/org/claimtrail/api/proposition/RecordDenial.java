package org.claimtrail.api.proposition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.claimtrail.api.claim.ClaimId;

/** Tells the proposition whether one of its claims stands denied, which decides whether its side's conflicts hold. */
public record RecordDenial(@TargetAggregateIdentifier PropositionKey key, ClaimId claimId, boolean denied) {
}
