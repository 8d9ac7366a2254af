package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Adds a source appearance to the claim, supporting or contradicting it; with an {@code expectedVersion}, only while
 * the claim's stream still ends at that sequence number.
 */
public record AttachEvidence(@TargetAggregateIdentifier ClaimId claimId, Source source, String attachedBy,
                             @TargetAggregateVersion Long expectedVersion) {

    /** Evidence attached to whatever the claim's version is. */
    public AttachEvidence(ClaimId claimId, Source source, String attachedBy) {
        this(claimId, source, attachedBy, null);
    }
}
