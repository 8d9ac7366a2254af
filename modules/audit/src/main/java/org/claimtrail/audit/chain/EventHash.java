package org.claimtrail.audit.chain;

import org.claimtrail.api.claim.ClaimEvent;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper-evident chain of a claim's history: each event's hash covers the previous event's hash, the event's
 * sequence number, its type and its content in a canonical JSON form. Altering, removing or reordering a stored
 * event breaks the chain from that event on.
 */
public final class EventHash {

    /** The key of the hash in an event's metadata. */
    public static final String METADATA_KEY = "hash";
    /** What the first event of a stream chains to. */
    public static final String GENESIS = "";

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private EventHash() {
    }

    /** The hash of {@code event}, number {@code sequence} of its stream, following {@code previous}. */
    public static String next(String previous, long sequence, ClaimEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((previous + "|" + sequence + "|" + event.getClass().getSimpleName() + "|")
                    .getBytes(StandardCharsets.UTF_8));
            sha256.update(CANONICAL.writeValueAsBytes(event));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
