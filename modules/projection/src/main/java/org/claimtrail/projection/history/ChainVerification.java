package org.claimtrail.projection.history;

/**
 * Whether a claim's stored history still holds its hash chain, and where it breaks first if not. The chain
 * covers each event's type, position and content (which names the proposer, reviewer or editor); it does not
 * cover metadata such as the storage time.
 */
public record ChainVerification(boolean intact, int events, Break brokenAt) {

    public record Break(long sequence, String eventId, String reason) {
    }

    static ChainVerification intact(int events) {
        return new ChainVerification(true, events, null);
    }

    static ChainVerification broken(int events, long sequence, String eventId, String reason) {
        return new ChainVerification(false, events, new Break(sequence, eventId, reason));
    }
}
