package org.claimtrail.audit.chain;

import java.security.PublicKey;
import java.util.List;

/**
 * The one check of a claim's history, run by the server's {@code verify} and by the offline {@code verify-history}
 * alike: the events must be numbered 0, 1, 2… without gaps, each must carry the hash its chain version gives it
 * after its predecessor (no version-1 event after a version-2 one), and the stream must reach the latest signed
 * checkpoint with the very hash it names there. The chain finds an altered, removed or reordered event; the signed
 * checkpoint finds a removed tail and a stream forged whole with a consistent chain, since no one without the
 * private key can sign the forged head.
 */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    /** Verifies {@code events} of claim {@code claimId} in stored order against {@code checkpoint} (or none). */
    public static ChainVerification verify(String claimId, List<ChainEvent> events, HeadCheckpoint checkpoint,
                                           PublicKey key) {
        boolean signatureValid = checkpoint != null && checkpoint.verify(key) && checkpoint.claimId().equals(claimId);
        ChainVerification.Checkpoint signed = ChainVerification.Checkpoint.of(checkpoint, signatureValid);
        String previous = ChainHash.GENESIS;
        boolean versionTwoSeen = false;
        for (int i = 0; i < events.size(); i++) {
            ChainEvent event = events.get(i);
            if (event.sequence() > i) {
                return broken(events, i, null, (event.sequence() - i == 1 ? "Event " + i : "Events " + i + ".."
                        + (event.sequence() - 1)) + " missing before sequence " + event.sequence() + ".", signed);
            }
            if (event.sequence() < i) {
                return broken(events, event.sequence(), event.eventId(),
                        "Event " + event.sequence() + " is stored out of order or twice.", signed);
            }
            if (!claimId.equals(event.aggregateId())) {
                return broken(events, i, event.eventId(), "The event belongs to another stream.", signed);
            }
            boolean versionOne = ChainHash.V1.equals(event.chainVersion());
            if (versionOne && versionTwoSeen) {
                return broken(events, i, event.eventId(),
                        "A version-1 event after version-2 events: its chain version was changed.", signed);
            }
            versionTwoSeen |= !versionOne;
            if (event.hash() == null) {
                return broken(events, i, event.eventId(), "The event carries no hash.", signed);
            }
            boolean verifies;
            try {
                verifies = ChainHash.verifies(previous, event);
            } catch (RuntimeException unreadable) {
                return broken(events, i, event.eventId(), "The stored event cannot be read: "
                        + unreadable.getMessage(), signed);
            }
            if (!verifies) {
                return broken(events, i, event.eventId(), versionOne
                        ? "The event's content or position does not match its hash (chain version 1)."
                        : "The event's identifier, time, metadata, content or position does not match its hash.",
                        signed);
            }
            previous = event.hash();
        }
        if (checkpoint == null) {
            return new ChainVerification(true, events.size(), null, null);
        }
        if (key == null) {
            return broken(events, checkpoint.sequence(), null, "The signed checkpoint of head "
                    + checkpoint.sequence() + " cannot be checked: no audit public key is configured.", signed);
        }
        if (!signatureValid) {
            return broken(events, checkpoint.sequence(), null,
                    "The checkpoint of head " + checkpoint.sequence() + " does not carry a valid signature of this "
                            + "claim by the audit key: it was altered or forged.", signed);
        }
        long last = events.size() - 1L;
        if (checkpoint.sequence() > last) {
            String missing = checkpoint.sequence() == last + 1 ? "Event " + checkpoint.sequence()
                    : "Events " + (last + 1) + ".." + checkpoint.sequence();
            return broken(events, last + 1, null, missing + " missing"
                    + (last < 0 ? "" : " after sequence " + last) + "; the signed checkpoint of "
                    + checkpoint.signedAt() + " says head " + checkpoint.sequence() + ", hash " + checkpoint.hash()
                    + ".", signed);
        }
        ChainEvent head = events.get((int) checkpoint.sequence());
        if (!checkpoint.hash().equals(head.hash())) {
            return broken(events, head.sequence(), head.eventId(), "Event " + head.sequence()
                    + " is not the one the signed checkpoint names (hash " + checkpoint.hash()
                    + "): the stream was replaced.", signed);
        }
        return new ChainVerification(true, events.size(), null, signed);
    }

    private static ChainVerification broken(List<ChainEvent> events, long sequence, String eventId, String reason,
                                            ChainVerification.Checkpoint checkpoint) {
        return new ChainVerification(false, events.size(), new ChainVerification.Break(sequence, eventId, reason),
                checkpoint);
    }
}
