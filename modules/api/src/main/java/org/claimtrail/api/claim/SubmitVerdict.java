package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/**
 * A reviewer's verdict; it replaces the reviewer's earlier verdict on the claim, if any. With an
 * {@code expectedVersion}, it is refused unless the claim's stream still ends at that sequence number.
 */
public record SubmitVerdict(
        @TargetAggregateIdentifier ClaimId claimId,
        String reviewer,
        Verdict verdict,
        String rationale,
        List<Source> evidence,
        @TargetAggregateVersion Long expectedVersion) {

    /** A verdict on whatever the claim's version is. */
    public SubmitVerdict(ClaimId claimId, String reviewer, Verdict verdict, String rationale, List<Source> evidence) {
        this(claimId, reviewer, verdict, rationale, evidence, null);
    }
}
