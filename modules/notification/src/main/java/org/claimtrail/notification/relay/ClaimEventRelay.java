package org.claimtrail.notification.relay;

import io.cloudevents.CloudEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.claimtrail.api.claim.ClaimEvent;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutionException;

/**
 * Sends every claim event to Kafka, keyed by claim id. It runs in a streaming processor whose token sits in
 * PostgreSQL and moves on only after Kafka acknowledged the send: a failure stops the processor (every processor
 * propagates handler failures) and the event is sent again when it resumes, so none is skipped.
 */
@Component
@ProcessingGroup(ClaimEventRelay.PROCESSING_GROUP)
class ClaimEventRelay {

    static final String PROCESSING_GROUP = "kafka-relay";

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final CloudEventMapper mapper;
    private final KafkaRelayProperties properties;

    ClaimEventRelay(KafkaTemplate<String, CloudEvent> kafka, CloudEventMapper mapper, KafkaRelayProperties properties) {
        this.kafka = kafka;
        this.mapper = mapper;
        this.properties = properties;
    }

    @EventHandler
    void on(ClaimEvent event, DomainEventMessage<?> message) throws ExecutionException, InterruptedException {
        kafka.send(properties.topic(), event.claimId().toString(), mapper.map(message)).get();
    }
}
