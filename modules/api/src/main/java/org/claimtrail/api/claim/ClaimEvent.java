package org.claimtrail.api.claim;

/**
 * An event in a claim's stream. Each carries the state the claim reached with it, as derived when it was
 * decided: a later change of quorum does not rewrite what reviewers saw.
 */
public sealed interface ClaimEvent permits ClaimProposed, VerdictSubmitted, VerdictWithdrawn, EvidenceAttached,
        ConflictLinked, ConflictClosed, SidesConflictLinked, SidesConflictClosed, ClaimReopened {

    ClaimId claimId();

    ClaimState state();
}
