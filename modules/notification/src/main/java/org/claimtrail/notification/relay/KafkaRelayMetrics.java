package org.claimtrail.notification.relay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code claimtrail.kafka.relay.lag}: events stored but not yet on Kafka ({@code claimtrail_kafka_relay_lag} in Prometheus). */
@Component
class KafkaRelayMetrics implements MeterBinder {

    private final RelayProgress progress;

    KafkaRelayMetrics(RelayProgress progress) {
        this.progress = progress;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("claimtrail.kafka.relay.lag", progress, p -> p.status().lag())
                .description("Events in the event store that the relay has not yet sent to Kafka")
                .strongReference(true)
                .register(registry);
    }
}
