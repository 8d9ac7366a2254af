package org.claimtrail.api.audit;

import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.EventHash;
import tools.jackson.databind.node.ObjectNode;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The rules of a claim's hash chain, by version. An event's metadata names the version it was hashed by under
 * {@code chain}; events without it were written before version 2 and keep verifying by version 1, so upgrading never
 * rewrites a stored event.
 * <ul>
 *   <li>Version 1 ({@link EventHash}): the previous hash, the sequence number, the payload's simple type name and
 *   the payload in canonical JSON. Metadata (actor, request, timestamp) is not covered.</li>
 *   <li>Version 2: SHA-256 of the canonical JSON ({@link CanonicalJson}) of an object holding the previous hash and
 *   every stored column of the event: {@code previous, eventId, aggregateType, aggregateId, sequence, timestamp,
 *   payloadType, metadata, payload}, where {@code metadata} is every metadata entry but {@code hash} itself.</li>
 * </ul>
 */
public final class ChainHash {

    /** The metadata key of an event's hash. */
    public static final String HASH_KEY = EventHash.METADATA_KEY;
    /** The metadata key naming the chain version an event was hashed by. */
    public static final String VERSION_KEY = "chain";
    public static final String V1 = "1";
    public static final String V2 = "2";
    /** What the first event of a stream chains to. */
    public static final String GENESIS = EventHash.GENESIS;

    private ChainHash() {
    }

    /** The hash {@code event} must carry when it follows {@code previous}, by the rules of its own version. */
    public static String expected(String previous, ChainEvent event) {
        return switch (event.chainVersion()) {
            case V1 -> EventHash.next(previous, event.sequence(), v1Payload(event));
            case V2 -> v2(previous, event);
            default -> throw new IllegalArgumentException("Unknown chain version " + event.chainVersion());
        };
    }

    /** The version-2 hash of {@code event} following {@code previous}. */
    public static String v2(String previous, ChainEvent event) {
        ObjectNode metadata = event.metadata() == null ? CanonicalJson.MAPPER.createObjectNode()
                : ((ObjectNode) event.metadata()).deepCopy();
        metadata.remove(HASH_KEY);
        ObjectNode input = CanonicalJson.MAPPER.createObjectNode()
                .put("previous", previous)
                .put("eventId", event.eventId())
                .put("aggregateType", event.aggregateType())
                .put("aggregateId", event.aggregateId())
                .put("sequence", event.sequence())
                .put("timestamp", event.timestamp())
                .put("payloadType", event.payloadType());
        input.set("metadata", metadata);
        input.set("payload", event.payload());
        return sha256(CanonicalJson.bytes(input));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Version 1 hashed the event object: read it back from its JSON, only as one of the claim events. */
    private static ClaimEvent v1Payload(ChainEvent event) {
        Class<?> type;
        try {
            type = Class.forName(event.payloadType(), false, ChainHash.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Unknown event type " + event.payloadType(), e);
        }
        if (!ClaimEvent.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(event.payloadType() + " is not a claim event");
        }
        return (ClaimEvent) CanonicalJson.MAPPER.treeToValue(event.payload(), type);
    }
}
