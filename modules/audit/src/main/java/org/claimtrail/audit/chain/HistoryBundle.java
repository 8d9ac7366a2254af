package org.claimtrail.audit.chain;

import java.security.PublicKey;
import java.util.List;

/**
 * A claim's history as one self-contained JSON document for offline verification: every stored field of every
 * event (enough to recompute each hash) and the latest signed checkpoint of its head. With the audit public key,
 * {@link #verify} needs no server and no database.
 */
public record HistoryBundle(String format, String claimId, List<ChainEvent> events, HeadCheckpoint checkpoint) {

    public static final String FORMAT = "claimtrail-history-bundle/1";

    public static HistoryBundle of(String claimId, List<ChainEvent> events, HeadCheckpoint checkpoint) {
        return new HistoryBundle(FORMAT, claimId, events, checkpoint);
    }

    /** Reads a bundle with decimals kept exact, as version-1 hashes need them. */
    public static HistoryBundle read(byte[] json) {
        HistoryBundle bundle = CanonicalJson.MAPPER.readValue(json, HistoryBundle.class);
        if (!FORMAT.equals(bundle.format())) {
            throw new IllegalArgumentException("Not a " + FORMAT + " document: format " + bundle.format());
        }
        return bundle;
    }

    public ChainVerification verify(PublicKey key) {
        return ChainVerifier.verify(claimId, events == null ? List.of() : events, checkpoint, key);
    }
}
