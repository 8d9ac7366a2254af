package org.claimtrail.projection.audit;

import org.claimtrail.api.claim.ClaimId;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

/** One event in the audit log: what happened to which claim, when, by whom, in which request. */
public record AuditEntry(String eventId, ClaimId claimId, long sequence, String type, Instant occurredAt,
                         String actor, String correlationId, JsonNode payload) {
}
