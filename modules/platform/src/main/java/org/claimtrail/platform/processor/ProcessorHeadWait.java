package org.claimtrail.platform.processor;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits until a streaming processor, over the whole cluster, has handled every event the store held when asked: for a
 * reader of the processor's table that must see what was stored before it read, whichever node handles it.
 */
public class ProcessorHeadWait {

    /** A processor called back shortly after a commit handles it within tens of milliseconds. */
    private static final long POLL_MILLIS = 20;

    private final ClusterProcessors processors;
    private final EventStore eventStore;

    public ProcessorHeadWait(ClusterProcessors processors, EventStore eventStore) {
        this.processors = processors;
        this.eventStore = eventStore;
    }

    /** Whether {@code processor} handled every event stored now within {@code timeout}. */
    public boolean await(String processor, Duration timeout) {
        TrackingToken head = eventStore.createHeadToken();
        long target = head == null ? -1 : head.position().orElse(-1);
        Instant deadline = Instant.now().plus(timeout);
        while (processors.status(processor).position() < target) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
