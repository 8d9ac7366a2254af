package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a source appearance to the claim, supporting or contradicting it. */
public record AttachEvidence(@TargetAggregateIdentifier ClaimId claimId, Source source, String attachedBy) {
}
