package org.claimtrail.api.claim;

import java.util.List;

public record VerdictSubmitted(
        ClaimId claimId,
        String reviewer,
        Verdict verdict,
        String rationale,
        List<Source> evidence,
        ClaimState state) implements ClaimEvent {
}
