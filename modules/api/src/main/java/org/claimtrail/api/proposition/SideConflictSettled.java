package org.claimtrail.api.proposition;

import org.claimtrail.api.claim.ClaimId;

/**
 * Of stores written before a claim's conflict with the sides became one ({@link SidesConflictSettled}), kept so that
 * they still read. Every claim of {@code withSide} is denied, the last by {@code deniedClaimId}: the claim's conflict
 * with it closes.
 */
public record SideConflictSettled(PropositionKey key, ClaimId claimId, PropositionSide withSide,
                                  ClaimId deniedClaimId) {
}
