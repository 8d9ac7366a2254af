package org.claimtrail.audit.verify;

import java.util.List;

/**
 * The event store checked against the latest signed store checkpoint: whether its signature holds, whether the heads
 * kept with it still give its Merkle root, and which claims vanished or lost or changed events since.
 */
public record StoreVerification(boolean intact, String checkpointCreatedAt, int claims, String root,
                                boolean signatureValid, boolean headsMatchRoot, List<String> vanished,
                                List<Damage> damaged) {

    /** A claim still in the store whose stream no longer reaches the head the checkpoint signed. */
    public record Damage(String claimId, long sequence, String reason) {
    }
}
