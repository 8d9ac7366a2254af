package org.claimtrail.projection.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.claimtrail.api.claim.EventHash;

import java.time.Instant;

/**
 * One event of a claim's history as auditors read it: {@code actor} is the authenticated user who caused it,
 * {@code correlationId} the HTTP request it came from (shared by all the events one request caused), {@code hash}
 * its link in the history's hash chain.
 */
public record HistoryEntry(String eventId, long sequence, String type, Instant occurredAt, String actor,
                           String correlationId, String hash, Object payload) {

    static HistoryEntry of(DomainEventMessage<?> event) {
        return new HistoryEntry(event.getIdentifier(), event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(), event.getTimestamp(), metadata(event, "actor"),
                metadata(event, "requestId"), metadata(event, EventHash.METADATA_KEY), event.getPayload());
    }

    private static String metadata(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
