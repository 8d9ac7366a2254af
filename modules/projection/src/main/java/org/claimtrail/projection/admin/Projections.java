package org.claimtrail.projection.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.claimtrail.platform.processor.ClusterProcessors;
import org.claimtrail.platform.processor.ProcessorStatus;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The read models that can be rebuilt from the event store. A rebuild empties their tables and replays every event
 * into them, for the whole cluster (see ClusterProcessors), while every node keeps serving: a claim the table lacks
 * meanwhile is answered from the event store.
 */
@Component
public class Projections {

    /** The processing groups that only build read tables; the policy and the Kafka relay are not among them. */
    static final List<String> NAMES = List.of("claims");

    private final EventProcessingConfiguration processing;
    private final ClusterProcessors cluster;

    Projections(EventProcessingConfiguration processing, ClusterProcessors cluster) {
        this.processing = processing;
        this.cluster = cluster;
    }

    List<ProjectionStatus> all() {
        return NAMES.stream().map(name -> status(name).orElseThrow()).toList();
    }

    Optional<ProjectionStatus> status(String name) {
        return processor(name).map(processor -> status(processor, cluster.status(name)));
    }

    /** Starts a rebuild and answers at once; empty when no read model has this name. */
    Optional<ProjectionStatus> rebuild(String name) {
        return processor(name).map(processor -> status(processor, cluster.reset(processor,
                () -> ((AbstractEventProcessor) processor).eventHandlerInvoker().performReset(null))));
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        return NAMES.contains(name)
                ? processing.eventProcessor(name, StreamingEventProcessor.class)
                : Optional.empty();
    }

    /**
     * The cluster's progress, with whether this node runs the processor (or replays for it) and the error it meets,
     * if any.
     */
    private ProjectionStatus status(StreamingEventProcessor processor, ProcessorStatus status) {
        String error = processor.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState)
                .map(s -> String.valueOf(s.getError())).findFirst().orElse(null);
        return new ProjectionStatus(processor.getName(), processor.isRunning() || cluster.replaying(processor.getName()),
                status.replaying(), status.position(), status.head(), status.progress(), error);
    }
}
