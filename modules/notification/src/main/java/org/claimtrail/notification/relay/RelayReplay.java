package org.claimtrail.notification.relay;

import org.claimtrail.platform.processor.ClusterProcessors;
import org.claimtrail.platform.processor.ProcessorStatus;
import org.springframework.stereotype.Component;

/**
 * Sends every stored event to Kafka again, from the first, while the server runs on: the relay's tokens go back to
 * the start of the event store on every node (see ClusterProcessors). Events stored meanwhile are relayed in their
 * turn. Subscribers recognise what they already have by {@code ce_id}.
 */
@Component
class RelayReplay {

    /** What a replay answers: the relay sends the events up to global index {@code upTo} again. */
    record Started(String processor, long upTo) {
    }

    private final RelayProcessor relay;
    private final ClusterProcessors cluster;

    RelayReplay(RelayProcessor relay, ClusterProcessors cluster) {
        this.relay = relay;
        this.cluster = cluster;
    }

    synchronized Started start() {
        ProcessorStatus status = cluster.reset(relay.get(), () -> {
        });
        return new Started(ClaimEventRelay.PROCESSING_GROUP, status.head());
    }
}
