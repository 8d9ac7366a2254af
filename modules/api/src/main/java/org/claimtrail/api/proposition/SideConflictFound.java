package org.claimtrail.api.proposition;

import org.claimtrail.api.claim.ClaimId;

/**
 * The claim cannot be true together with the claims of {@code withSide}. {@code closedBy} is null while the side has
 * a claim that is not denied; otherwise it names the denial that left none, and the conflict is on record closed.
 */
public record SideConflictFound(PropositionKey key, ClaimId claimId, PropositionSide withSide, String reason,
                                ClaimId closedBy) {
}
