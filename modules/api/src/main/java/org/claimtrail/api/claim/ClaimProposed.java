package org.claimtrail.api.claim;

import java.util.List;

public record ClaimProposed(
        ClaimId claimId,
        String statement,
        String proposition,
        Quantity quantity,
        String attributedTo,
        List<Source> sources,
        String proposedBy,
        ClaimState state) implements ClaimEvent {
}
