package org.claimtrail.notification.relay;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.claimtrail.platform.processor.ProcessorStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Optional;

/**
 * {@code kafkaRelay} in {@code /actuator/health}: DOWN while Kafka refuses the relay's sends or the relay is not
 * running, with how many stored events are not yet on Kafka ({@code lag}) either way.
 */
@Component
class KafkaRelayHealthIndicator implements HealthIndicator {

    private final RelayProcessor relay;
    private final RelayProgress progress;
    private final SendFailures failures;

    KafkaRelayHealthIndicator(RelayProcessor relay, RelayProgress progress, SendFailures failures) {
        this.relay = relay;
        this.progress = progress;
        this.failures = failures;
    }

    @Override
    public Health health() {
        StreamingEventProcessor processor = relay.get();
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        ProcessorStatus position = progress.status();
        Optional<SendFailures.Failure> failure = failures.current();
        String error = failure.map(SendFailures.Failure::error)
                .or(() -> segments.stream().filter(EventTrackerStatus::isErrorState)
                        .map(status -> String.valueOf(status.getError())).findFirst())
                .orElse(processor.isRunning() ? null : "the relay is not running");
        Health.Builder health = error == null ? Health.up() : Health.down().withDetail("error", error);
        failure.ifPresent(f -> health.withDetail("failedAt", f.at()));
        return health
                .withDetail("lag", position.lag())
                .withDetail("head", position.head())
                .withDetail("position", position.position())
                .withDetail("replaying", position.replaying())
                .withDetail("segmentsHere", segments.size())
                .build();
    }
}
