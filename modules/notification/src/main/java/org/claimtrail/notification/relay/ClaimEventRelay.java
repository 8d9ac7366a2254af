package org.claimtrail.notification.relay;

import io.cloudevents.CloudEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.platform.claim.ClaimStates;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.ExecutionException;

/**
 * Sends every claim event to Kafka, keyed by claim id, and then the claim as it stands after the event to the
 * compacted state topic. It runs in a streaming processor whose token sits in PostgreSQL and moves on only after
 * Kafka acknowledged both sends: a failure stops the processor (every processor propagates handler failures) and
 * the event is sent again when it resumes, so none is skipped.
 */
@Component
@ProcessingGroup(ClaimEventRelay.PROCESSING_GROUP)
class ClaimEventRelay {

    static final String PROCESSING_GROUP = "kafka-relay";

    private final KafkaTemplate<String, CloudEvent> events;
    private final KafkaTemplate<String, byte[]> states;
    private final CloudEventMapper mapper;
    private final ClaimStates claimStates;
    private final JsonMapper json;
    private final KafkaRelayProperties properties;
    private final SendFailures failures;

    ClaimEventRelay(KafkaTemplate<String, CloudEvent> events, KafkaTemplate<String, byte[]> states,
                    CloudEventMapper mapper, ClaimStates claimStates, JsonMapper json,
                    KafkaRelayProperties properties, SendFailures failures) {
        this.events = events;
        this.states = states;
        this.mapper = mapper;
        this.claimStates = claimStates;
        this.json = json;
        this.properties = properties;
        this.failures = failures;
    }

    @EventHandler
    void on(ClaimEvent event, DomainEventMessage<?> message) throws ExecutionException, InterruptedException {
        String key = event.claimId().toString();
        try {
            events.send(properties.topic(), key, mapper.map(message)).get();
            // The same JSON as the REST API's claim: the same view, written by the same mapper.
            states.send(properties.stateTopic(), key,
                    json.writeValueAsBytes(claimStates.after(event.claimId(), message.getSequenceNumber()))).get();
        } catch (ExecutionException | RuntimeException e) {
            failures.failed(e);
            throw e;
        }
        failures.succeeded();
    }
}
