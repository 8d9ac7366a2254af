package org.claimtrail.api.claim;

/**
 * The claim cannot be true together with the sides of its proposition that disagree with it, taken as one conflict:
 * recorded when the first of them stands, not once per side, so that a crowded proposition costs the claim one link
 * (docs/architecture.md, rule 9). Which sides they are is read from the proposition, not kept here. {@code reason}
 * names the side that opened it.
 */
public record SidesConflictLinked(ClaimId claimId, String proposition, String reason, ClaimState state)
        implements ClaimEvent {
}
