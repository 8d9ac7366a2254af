package org.claimtrail.projection.history;

import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;

/** One event of a claim's history as auditors read it. */
public record HistoryEntry(String eventId, long sequence, String type, Instant occurredAt, String actor,
                           Object payload) {

    static HistoryEntry of(DomainEventMessage<?> event) {
        Object actor = event.getMetaData().get("actor");
        return new HistoryEntry(event.getIdentifier(), event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(), event.getTimestamp(),
                actor == null ? null : actor.toString(), event.getPayload());
    }
}
