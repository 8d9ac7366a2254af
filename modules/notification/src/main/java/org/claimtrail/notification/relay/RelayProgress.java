package org.claimtrail.notification.relay;

import org.claimtrail.platform.processor.ClusterProcessors;
import org.claimtrail.platform.processor.ProcessorStatus;
import org.springframework.stereotype.Component;

/**
 * How far the relay is behind the event store, over all its segments in the cluster: a segment released after a
 * failed send, or held by another node, still counts.
 */
@Component
class RelayProgress {

    private final ClusterProcessors cluster;

    RelayProgress(ClusterProcessors cluster) {
        this.cluster = cluster;
    }

    ProcessorStatus status() {
        return cluster.status(ClaimEventRelay.PROCESSING_GROUP);
    }
}
