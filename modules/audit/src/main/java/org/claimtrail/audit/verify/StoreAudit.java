package org.claimtrail.audit.verify;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.api.NotFound;
import org.claimtrail.audit.chain.ChainHash;
import org.claimtrail.audit.chain.StoreCheckpoint;
import org.claimtrail.audit.checkpoint.AuditKeys;
import org.claimtrail.audit.checkpoint.Checkpoints;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that no claim vanished: every head of the latest store checkpoint must still be in the event store, the
 * claim's event at that sequence with that hash. One read per claim, from the head's sequence on.
 */
public class StoreAudit {

    private final Checkpoints checkpoints;
    private final EventStore eventStore;
    private final AuditKeys keys;

    public StoreAudit(Checkpoints checkpoints, EventStore eventStore, AuditKeys keys) {
        this.checkpoints = checkpoints;
        this.eventStore = eventStore;
        this.keys = keys;
    }

    public StoreVerification verify() {
        Checkpoints.StoreCheckpointWithHeads latest = checkpoints.latestStore()
                .orElseThrow(() -> new NotFound("No store checkpoint has been taken yet."));
        StoreCheckpoint checkpoint = latest.checkpoint();
        boolean signatureValid = checkpoint.verify(keys.publicKey().orElse(null));
        boolean headsMatchRoot = latest.heads().size() == checkpoint.claims()
                && StoreCheckpoint.merkleRoot(latest.heads()).equals(checkpoint.root());
        List<String> vanished = new ArrayList<>();
        List<StoreVerification.Damage> damaged = new ArrayList<>();
        for (StoreCheckpoint.Head head : latest.heads()) {
            DomainEventStream stream = eventStore.readEvents(head.claimId(), head.sequence());
            DomainEventMessage<?> event = stream.hasNext() ? stream.next() : null;
            if (event == null) {
                if (!eventStore.readEvents(head.claimId(), 0).hasNext()) {
                    vanished.add(head.claimId());
                } else {
                    damaged.add(new StoreVerification.Damage(head.claimId(), head.sequence(),
                            "Events up to " + head.sequence() + " were signed; the stream now ends before it."));
                }
            } else if (event.getSequenceNumber() != head.sequence()) {
                damaged.add(new StoreVerification.Damage(head.claimId(), head.sequence(),
                        "Event " + head.sequence() + " is missing."));
            } else if (!head.hash().equals(event.getMetaData().get(ChainHash.HASH_KEY))) {
                damaged.add(new StoreVerification.Damage(head.claimId(), head.sequence(),
                        "Event " + head.sequence() + " is not the one signed: its hash differs."));
            }
        }
        boolean intact = signatureValid && headsMatchRoot && vanished.isEmpty() && damaged.isEmpty();
        return new StoreVerification(intact, checkpoint.createdAt(), checkpoint.claims(), checkpoint.root(),
                signatureValid, headsMatchRoot, vanished, damaged);
    }
}
