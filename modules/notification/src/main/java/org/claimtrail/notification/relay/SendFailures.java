package org.claimtrail.notification.relay;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The relay's latest failed send, until a send succeeds again. Axon forgets a failed segment's error as soon as it
 * releases the segment to retry it later, so health reads Kafka's refusal from here.
 */
@Component
class SendFailures {

    record Failure(Instant at, String error) {
    }

    private final AtomicReference<Failure> current = new AtomicReference<>();

    void failed(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        current.set(new Failure(Instant.now(), cause.getClass().getSimpleName() + ": " + cause.getMessage()));
    }

    void succeeded() {
        current.set(null);
    }

    Optional<Failure> current() {
        return Optional.ofNullable(current.get());
    }
}
