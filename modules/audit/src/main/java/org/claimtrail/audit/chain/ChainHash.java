package org.claimtrail.audit.chain;

import org.claimtrail.api.claim.ClaimEvent;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The rules of a claim's hash chain, by version. An event's metadata names the version it was hashed by under
 * {@code chain}; events without it were written before version 2 and keep verifying by version 1, so upgrading never
 * rewrites a stored event.
 * <ul>
 *   <li>Version 1 ({@link EventHash}): the previous hash, the sequence number, the payload's simple type name and
 *   the payload as Jackson writes it, compact (record components in declaration order, as the event store's
 *   serializer writes them too). Metadata (actor, request, timestamp) is not covered. It was taken over the event
 *   object; it is checked over the payload as stored, and failing that over the object read back, so that a class
 *   that gained a field since still verifies its old events.</li>
 *   <li>Version 2: SHA-256 of the canonical JSON ({@link CanonicalJson}) of an object holding the previous hash and
 *   every stored column of the event: {@code previous, eventId, aggregateType, aggregateId, sequence, timestamp,
 *   payloadType, metadata, payload}, where {@code metadata} is every metadata entry but {@code hash} itself, and
 *   metadata and payload are the JSON the store holds ({@link ChainEvent#of}).</li>
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

    /**
     * Whether {@code event} carries the hash its chain version gives it after {@code previous}.
     *
     * @throws IllegalArgumentException when the event's version is unknown or its payload cannot be read
     */
    public static boolean verifies(String previous, ChainEvent event) {
        String stored = event.hash();
        if (stored == null) {
            return false;
        }
        return switch (event.chainVersion()) {
            case V1 -> stored.equals(v1(previous, event.sequence(), event.payloadType(),
                    CanonicalJson.MAPPER.writeValueAsBytes(event.payload())))
                    || stored.equals(EventHash.next(previous, event.sequence(), v1Payload(event)));
            case V2 -> stored.equals(v2(previous, event));
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

    /** As {@link EventHash#next}, over the payload's canonical JSON as given. */
    private static String v1(String previous, long sequence, String payloadType, byte[] canonicalPayload) {
        String simpleName = payloadType.substring(payloadType.lastIndexOf('.') + 1);
        byte[] prefix = (previous + "|" + sequence + "|" + simpleName + "|").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + canonicalPayload.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(canonicalPayload, 0, all, prefix.length, canonicalPayload.length);
        return sha256(all);
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
