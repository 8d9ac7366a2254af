package org.claimtrail.api.claim;

/** An editor reopened the decided claim; the verdicts that were active are set aside (they stay in the history). */
public record ClaimReopened(ClaimId claimId, String reason, String editor, ClaimState state) implements ClaimEvent {
}
