package org.claimtrail.projection.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.claimtrail.audit.chain.ChainHash;

import java.time.Instant;

import static org.claimtrail.api.EventMetadata.ACTOR;
import static org.claimtrail.api.EventMetadata.REQUEST_ID;
import static org.claimtrail.api.EventMetadata.text;

/**
 * One event of a claim's history as auditors read it: {@code actor} is the authenticated user who caused it,
 * {@code correlationId} the HTTP request it came from (shared by all the events one request caused), {@code hash}
 * its link in the history's hash chain.
 */
public record HistoryEntry(String eventId, long sequence, String type, Instant occurredAt, String actor,
                           String correlationId, String hash, Object payload) {

    static HistoryEntry of(DomainEventMessage<?> event) {
        return new HistoryEntry(event.getIdentifier(), event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(), event.getTimestamp(), text(event, ACTOR),
                text(event, REQUEST_ID), text(event, ChainHash.HASH_KEY), event.getPayload());
    }
}
