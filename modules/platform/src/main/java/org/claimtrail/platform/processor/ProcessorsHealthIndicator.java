package org.claimtrail.platform.processor;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code processors} in {@code /actuator/health}: every streaming processor of the cluster with its segments, the
 * node that holds each, their positions and lag, from the token store. DOWN when a processor running on this node
 * has a segment in error (it retries from the same event; the error says why it has not moved on).
 */
class ProcessorsHealthIndicator implements HealthIndicator {

    private final ClusterProcessors processors;
    private final EventProcessingConfiguration processing;

    ProcessorsHealthIndicator(ClusterProcessors processors, EventProcessingConfiguration processing) {
        this.processors = processors;
        this.processing = processing;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean failing = false;
        for (String name : processors.names()) {
            ProcessorStatus status = processors.status(name);
            Map<String, Object> processor = new LinkedHashMap<>();
            processor.put("lag", status.lag());
            processor.put("position", status.position());
            processor.put("head", status.head());
            processor.put("replaying", status.replaying());
            processor.put("segments", status.segments());
            String error = localError(name);
            if (error != null) {
                processor.put("errorHere", error);
                failing = true;
            }
            details.put(name, processor);
        }
        return (failing ? Health.down() : Health.up()).withDetails(details).build();
    }

    private String localError(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .flatMap(processor -> processor.processingStatus().values().stream()
                        .filter(EventTrackerStatus::isErrorState)
                        .map(segment -> String.valueOf(segment.getError()))
                        .findFirst())
                .orElse(null);
    }
}
