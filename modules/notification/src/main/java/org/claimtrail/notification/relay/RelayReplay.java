package org.claimtrail.notification.relay;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Sends every stored event to Kafka again, from the first, while the server runs on: the relay's processor stops,
 * its tokens go back to the start of the event store, and it starts again. Events stored meanwhile are relayed in
 * their turn. Subscribers recognise what they already have by {@code ce_id}.
 */
@Component
class RelayReplay {

    /** What a replay answers: the relay sends the events up to global index {@code upTo} again. */
    record Started(String processor, long upTo) {
    }

    private final RelayProcessor relay;
    private final RelayProgress progress;

    RelayReplay(RelayProcessor relay, RelayProgress progress) {
        this.relay = relay;
        this.progress = progress;
    }

    /**
     * @throws org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException when another node holds one
     *         of the relay's segments: its tokens can only be reset where every segment is free
     */
    synchronized Started start() {
        StreamingEventProcessor processor = relay.get();
        processor.shutdownAsync().join();
        try {
            processor.resetTokens();
        } finally {
            processor.start();
        }
        return new Started(ClaimEventRelay.PROCESSING_GROUP, progress.position().head());
    }
}
