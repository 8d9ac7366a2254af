package org.claimtrail.projection.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The read models that can be rebuilt from the event store. Rebuilding resets the processor's tokens: its reset
 * handlers empty its tables and it replays every event, while the server keeps serving (a claim the table lacks
 * meanwhile is answered from the event store).
 */
@Component
public class Projections {

    /** The processing groups that only build read tables; the policy and the Kafka relay are not among them. */
    static final List<String> NAMES = List.of("claims");

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    Projections(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    List<ProjectionStatus> all() {
        return NAMES.stream().map(name -> status(name).orElseThrow()).toList();
    }

    Optional<ProjectionStatus> status(String name) {
        return processor(name).map(processor -> status(name, processor));
    }

    /** Starts a rebuild and answers at once; empty when no read model has this name. */
    Optional<ProjectionStatus> rebuild(String name) {
        return processor(name).map(processor -> {
            processor.shutdownAsync().join();
            processor.resetTokens();
            processor.start();
            return status(name, processor);
        });
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        return NAMES.contains(name)
                ? processing.eventProcessor(name, StreamingEventProcessor.class)
                : Optional.empty();
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long head = position(eventStore.createHeadToken());
        long position = segments.stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
        boolean rebuilding = segments.stream().anyMatch(Projections::replaying);
        String error = segments.stream().filter(EventTrackerStatus::isErrorState)
                .map(s -> String.valueOf(s.getError())).findFirst().orElse(null);
        double progress = head <= 0 ? 1.0 : Math.min(1.0, Math.max(0, position) / (double) head);
        return new ProjectionStatus(name, processor.isRunning(), rebuilding, position, head, progress, error);
    }

    /**
     * Axon keeps a segment in replay until it handles an event newer than the reset; with no new event it stays
     * so, although it has replayed everything. A segment that reached the reset position is done rebuilding.
     */
    private static boolean replaying(EventTrackerStatus segment) {
        return segment.isReplaying()
                && segment.getCurrentPosition().orElse(-1) < segment.getResetPosition().orElse(Long.MAX_VALUE);
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
