package org.claimtrail.api.proposition;

import org.claimtrail.api.claim.ClaimId;

/**
 * Of stores written before a claim's conflict with the sides became one ({@link SidesConflictFound}): kept so that
 * such a proposition's stream still reads and the conflict policy still carries it to the claim.
 * <p>
 * The claim cannot be true together with the claims of {@code withSide}. {@code closedBy} is null while the side has
 * a claim that is not denied; otherwise it names the denial that left none, and the conflict is on record closed.
 */
public record SideConflictFound(PropositionKey key, ClaimId claimId, PropositionSide withSide, String reason,
                                ClaimId closedBy) {
}
