package org.claimtrail.audit.chain;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import tools.jackson.databind.JsonNode;

/**
 * One stored event as its chain hash sees it: every column the event store keeps of it, with the timestamp as the
 * store writes it (ISO-8601 text at millisecond precision), and the metadata and the payload as the JSON the store
 * holds: their serialized form, never an object written again, so that an event class that gains a field later does
 * not change the hash of the events stored before.
 */
public record ChainEvent(String eventId, String aggregateType, String aggregateId, long sequence, String timestamp,
                         String payloadType, JsonNode metadata, JsonNode payload) {

    /**
     * The event as Axon hands it over, with the store's event {@code serializer}: on apply in the aggregate, its
     * metadata and payload as the store will write them; read back from the store, as it holds them (Axon returns
     * the stored bytes of a message it read when asked for the same serializer's form).
     */
    public static ChainEvent of(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        return new ChainEvent(event.getIdentifier(), event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), DateTimeUtils.formatInstant(event.getTimestamp()),
                payload.getType().getName(),
                CanonicalJson.MAPPER.readTree(event.serializeMetaData(serializer, byte[].class).getData()),
                CanonicalJson.MAPPER.readTree(payload.getData()));
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
