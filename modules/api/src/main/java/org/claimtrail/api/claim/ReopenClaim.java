package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * An editor takes a decided claim back into review: its active verdicts are set aside. With an
 * {@code expectedVersion}, only while the claim's stream still ends at that sequence number.
 */
public record ReopenClaim(@TargetAggregateIdentifier ClaimId claimId, String reason, String editor,
                          @TargetAggregateVersion Long expectedVersion) {

    /** A reopening of whatever the claim's version is. */
    public ReopenClaim(ClaimId claimId, String reason, String editor) {
        this(claimId, reason, editor, null);
    }
}
