package org.claimtrail.api.claim;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A reviewer's verdict; it replaces the reviewer's earlier verdict on the claim, if any. */
public record SubmitVerdict(
        @TargetAggregateIdentifier ClaimId claimId,
        String reviewer,
        Verdict verdict,
        String rationale,
        List<Source> evidence) {
}
