package org.claimtrail.notification.relay;

import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimState;

import java.time.Instant;

/** The JSON value of a message on the claim events topic. */
record ClaimEventMessage(String claimId, long sequence, String type, Instant occurredAt, String actor,
                         ClaimState state, ClaimEvent data) {
}
