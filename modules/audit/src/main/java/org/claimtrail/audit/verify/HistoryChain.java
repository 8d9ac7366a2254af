package org.claimtrail.audit.verify;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.claimtrail.api.ClaimNotFound;
import org.claimtrail.audit.chain.ChainEvent;
import org.claimtrail.audit.chain.ChainVerification;
import org.claimtrail.audit.chain.HeadCheckpoint;
import org.claimtrail.audit.chain.HistoryBundle;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.audit.checkpoint.AuditKeys;
import org.claimtrail.audit.checkpoint.Checkpoints;
import org.claimtrail.platform.claim.ClaimFoldCache;
import org.springframework.beans.factory.annotation.Qualifier;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim's history as stored, with its latest signed checkpoint: exported as a bundle, and verified by the same
 * {@link HistoryBundle#verify} as the offline verifier's.
 */
public class HistoryChain {

    private final ClaimFoldCache claims;
    private final Checkpoints checkpoints;
    private final AuditKeys keys;
    private final Serializer serializer;
    private final Duration checkpointGrace;

    /**
     * @param checkpointGrace how long after its last event a claim may go without a signed checkpoint where heads are
     *                        signed ({@code claimtrail.audit.checkpoint-grace}): a head is signed about a second after
     *                        its event, later only while no notification node runs
     */
    public HistoryChain(ClaimFoldCache claims, Checkpoints checkpoints, AuditKeys keys,
                        @Qualifier("eventSerializer") Serializer serializer, Duration checkpointGrace) {
        this.claims = claims;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.serializer = serializer;
        this.checkpointGrace = checkpointGrace;
    }

    /**
     * The bundle's verification, and one more check the bundle alone cannot make: where heads are signed (a public
     * key is configured), a claim whose last event is older than the grace and still has no signed checkpoint is not
     * intact. Its checkpoint row was deleted, perhaps with the tail it signed.
     */
    public ChainVerification verify(ClaimId id) {
        HistoryBundle bundle = bundle(id);
        ChainVerification verified = bundle.verify(keys.publicKey().orElse(null));
        if (!verified.intact() || verified.checkpoint() != null || keys.publicKey().isEmpty()
                || bundle.events().isEmpty()) {
            return verified;
        }
        ChainEvent last = bundle.events().get(bundle.events().size() - 1);
        Instant stored = Instant.parse(last.timestamp());
        if (Duration.between(stored, Instant.now()).compareTo(checkpointGrace) <= 0) {
            return verified;
        }
        return new ChainVerification(false, verified.events(), new ChainVerification.Break(last.sequence(),
                last.eventId(), "No signed checkpoint covers this claim, though its last event (sequence "
                + last.sequence() + ", stored " + last.timestamp() + ") is older than " + checkpointGrace
                + ": its checkpoint row was deleted, perhaps with events it signed, or no notification node has "
                + "signed heads since."), null);
    }

    /**
     * The checkpoint is read before the events, so that it is never ahead of them but for events that are gone. A
     * claim with a checkpoint and no events at all is a history whose every event is missing, not an unknown claim.
     */
    public HistoryBundle bundle(ClaimId id) {
        HeadCheckpoint checkpoint = checkpoints.latest(id.toString()).orElse(null);
        List<ChainEvent> events = new ArrayList<>();
        try {
            for (DomainEventMessage<?> event : claims.events(id)) {
                events.add(readable(event));
            }
        } catch (ClaimNotFound e) {
            if (checkpoint == null) {
                throw e;
            }
        }
        return HistoryBundle.of(id.toString(), events, checkpoint);
    }

    /** An event whose payload or metadata is no longer JSON is kept with what reads, and so fails its hash. */
    private ChainEvent readable(DomainEventMessage<?> event) {
        try {
            return ChainEvent.of(event, serializer);
        } catch (RuntimeException unreadable) {
            return new ChainEvent(event.getIdentifier(), event.getType(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), null, event.getPayloadType().getName(),
                    JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.stringNode(
                            "unreadable: " + unreadable.getMessage()));
        }
    }
}
