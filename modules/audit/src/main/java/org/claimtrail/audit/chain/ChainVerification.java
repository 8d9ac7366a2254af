package org.claimtrail.audit.chain;

/**
 * Whether a claim's stored history holds its hash chain and matches its latest signed checkpoint, and where it
 * breaks first if not. {@code checkpoint} is the signed head it was compared with, null when the claim has none yet
 * (a checkpoint trails the head by the checkpoint processor's lag).
 */
public record ChainVerification(boolean intact, int events, Break brokenAt, Checkpoint checkpoint) {

    /** The first event that is wrong or missing; {@code eventId} is null when the event is missing. */
    public record Break(long sequence, String eventId, String reason) {
    }

    /** The signed head the stream was compared with. */
    public record Checkpoint(long sequence, String hash, String signedAt, boolean signatureValid) {

        static Checkpoint of(HeadCheckpoint head, boolean signatureValid) {
            return head == null ? null
                    : new Checkpoint(head.sequence(), head.hash(), head.signedAt(), signatureValid);
        }
    }
}
