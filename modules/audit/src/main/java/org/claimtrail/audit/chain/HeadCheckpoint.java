package org.claimtrail.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * A claim's chain head, signed: its last event's sequence number and hash at {@code signedAt}. A stream that ends
 * before {@code sequence}, or whose event {@code sequence} has another hash, is not the one that was signed.
 */
public record HeadCheckpoint(String claimId, long sequence, String hash, String signedAt, String signature) {

    public static HeadCheckpoint sign(PrivateKey key, String claimId, long sequence, String hash, String signedAt) {
        return new HeadCheckpoint(claimId, sequence, hash, signedAt,
                Ed25519.sign(key, signed(claimId, sequence, hash, signedAt)));
    }

    public boolean verify(PublicKey key) {
        return Ed25519.verify(key, signed(claimId, sequence, hash, signedAt), signature);
    }

    /** What the signature covers: a line each, after a line naming this kind of checkpoint. */
    private static byte[] signed(String claimId, long sequence, String hash, String signedAt) {
        return String.join("\n", "claimtrail-head-checkpoint-v1", claimId, Long.toString(sequence), hash, signedAt)
                .getBytes(StandardCharsets.UTF_8);
    }
}
