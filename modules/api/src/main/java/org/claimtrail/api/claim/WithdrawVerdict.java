package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets aside the reviewer's active verdict on the claim. */
public record WithdrawVerdict(@TargetAggregateIdentifier ClaimId claimId, String reviewer) {
}
