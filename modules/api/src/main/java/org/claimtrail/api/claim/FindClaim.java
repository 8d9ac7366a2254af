package org.claimtrail.api.claim;

import java.time.Instant;

/**
 * Asks for a claim rebuilt from its events in the event store, as it stood at {@code asOf} (null: now).
 * Answered with a {@link ClaimView}; an unknown claim, or one not yet proposed then, answers null.
 */
public record FindClaim(ClaimId claimId, Instant asOf) {
}
