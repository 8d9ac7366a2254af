package org.claimtrail.api.claim;

import org.claimtrail.api.proposition.PropositionSide;

/**
 * The claim cannot be true together with another: either one claim ({@code withClaimId}, linked by a reviewer or
 * editor) or, in stores written before a claim's conflict with the sides became one ({@link SidesConflictLinked}), a
 * side of its proposition ({@code withSide}, found by the server); the other is null.
 */
public record ConflictLinked(ClaimId claimId, ClaimId withClaimId, PropositionSide withSide, String reason,
                             ClaimState state) implements ClaimEvent {
}
