package org.claimtrail.api.proposition;

import org.claimtrail.api.claim.ClaimId;

/**
 * The claim's side now has a side that disagrees with it and stands: its claim conflicts with the proposition's
 * disagreeing sides. Told to a claim when it is registered onto such a side, and to each claim of a side when the
 * first such side stands up, never once per side (docs/architecture.md, rule 9).
 */
public record SidesConflictFound(PropositionKey key, ClaimId claimId, String reason) {
}
