package org.claimtrail.api.audit;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import tools.jackson.databind.JsonNode;

/**
 * One stored event as its chain hash sees it: every column the event store keeps of it, with the timestamp as the
 * store writes it (ISO-8601 text at millisecond precision), the metadata and the payload as JSON.
 */
public record ChainEvent(String eventId, String aggregateType, String aggregateId, long sequence, String timestamp,
                         String payloadType, JsonNode metadata, JsonNode payload) {

    /** The event as Axon hands it over: on apply in the aggregate, or read back from the store. */
    public static ChainEvent of(DomainEventMessage<?> event) {
        return new ChainEvent(event.getIdentifier(), event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), DateTimeUtils.formatInstant(event.getTimestamp()),
                event.getPayloadType().getName(), CanonicalJson.tree(event.getMetaData()),
                CanonicalJson.tree(event.getPayload()));
    }

    /** The hash stored with the event, or null. */
    public String hash() {
        return text(ChainHash.HASH_KEY);
    }

    /** The rules the event was hashed by: {@code 1} when its metadata names none. */
    public String chainVersion() {
        String version = text(ChainHash.VERSION_KEY);
        return version == null ? ChainHash.V1 : version;
    }

    private String text(String key) {
        JsonNode value = metadata == null ? null : metadata.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }
}
