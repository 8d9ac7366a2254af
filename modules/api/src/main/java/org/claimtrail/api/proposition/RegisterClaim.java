package org.claimtrail.api.proposition;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Quantity;

/** Puts a claim on its proposition, where its quantity (may be null) is compared with the others'. */
public record RegisterClaim(@TargetAggregateIdentifier PropositionKey key, ClaimId claimId, Quantity quantity) {
}
