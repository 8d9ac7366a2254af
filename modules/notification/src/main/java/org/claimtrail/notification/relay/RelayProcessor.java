package org.claimtrail.notification.relay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/** The Axon processor that runs the relay: looked up when needed, as Axon builds it after the Spring beans. */
@Component
class RelayProcessor {

    private final EventProcessingConfiguration processing;

    RelayProcessor(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    StreamingEventProcessor get() {
        return processing.eventProcessor(ClaimEventRelay.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException(
                        "No streaming event processor runs " + ClaimEventRelay.PROCESSING_GROUP));
    }
}
