package org.claimtrail.notification.relay;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.axonframework.eventhandling.DomainEventMessage;
import org.claimtrail.api.EventMetadata;
import org.claimtrail.api.claim.ClaimEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.ZoneOffset;

/** Turns a stored claim event into the CloudEvent that subscribers receive. */
@Component
class CloudEventMapper {

    static final URI SOURCE = URI.create("/claimtrail");

    private final JsonMapper json;

    CloudEventMapper(JsonMapper json) {
        this.json = json;
    }

    CloudEvent map(DomainEventMessage<?> message) {
        ClaimEvent event = (ClaimEvent) message.getPayload();
        String type = CloudEventTypes.of(event.getClass());
        ClaimEventMessage value = new ClaimEventMessage(event.claimId().toString(), message.getSequenceNumber(),
                type, message.getTimestamp(), EventMetadata.text(message, EventMetadata.ACTOR), event.state(), event);
        return CloudEventBuilder.v1()
                .withId(message.getIdentifier())
                .withSource(SOURCE)
                .withType(type)
                .withSubject(event.claimId().toString())
                .withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
                .withExtension("sequence", Long.toString(message.getSequenceNumber()))
                .withData("application/json", json.writeValueAsBytes(value))
                .build();
    }
}
