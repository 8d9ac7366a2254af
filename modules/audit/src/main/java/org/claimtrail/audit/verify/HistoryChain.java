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

    public HistoryChain(ClaimFoldCache claims, Checkpoints checkpoints, AuditKeys keys,
                 @Qualifier("eventSerializer") Serializer serializer) {
        this.claims = claims;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.serializer = serializer;
    }

    public ChainVerification verify(ClaimId id) {
        return bundle(id).verify(keys.publicKey().orElse(null));
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
