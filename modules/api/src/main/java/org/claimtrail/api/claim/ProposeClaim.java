package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Puts a new claim on record; {@code proposition} and {@code quantity} may be null. */
public record ProposeClaim(
        @TargetAggregateIdentifier ClaimId claimId,
        String statement,
        String proposition,
        Quantity quantity,
        String attributedTo,
        List<Source> sources,
        String proposedBy) {
}
