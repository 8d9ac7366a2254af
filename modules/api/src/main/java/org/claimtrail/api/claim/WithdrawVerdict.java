package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Sets aside the reviewer's active verdict on the claim; with an {@code expectedVersion}, only while the claim's
 * stream still ends at that sequence number.
 */
public record WithdrawVerdict(@TargetAggregateIdentifier ClaimId claimId, String reviewer,
                              @TargetAggregateVersion Long expectedVersion) {

    /** A withdrawal from whatever the claim's version is. */
    public WithdrawVerdict(ClaimId claimId, String reviewer) {
        this(claimId, reviewer, null);
    }
}
