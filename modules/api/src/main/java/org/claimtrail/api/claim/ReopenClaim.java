package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An editor takes a decided claim back into review: its active verdicts are set aside. */
public record ReopenClaim(@TargetAggregateIdentifier ClaimId claimId, String reason, String editor) {
}
