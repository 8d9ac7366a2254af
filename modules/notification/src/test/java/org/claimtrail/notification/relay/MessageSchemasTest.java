package org.claimtrail.notification.relay;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.cloudevents.CloudEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimView;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The published JSON Schemas describe exactly what the relay writes, and reject what it must not. */
class MessageSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Schema eventSchema = schema("schemas/claim-event.v1.json");
    private final Schema stateSchema = schema("schemas/claim-state.v1.json");
    private final CloudEventMapper mapper = new CloudEventMapper(JSON);

    @Test
    void everyKindOfClaimEventMatchesTheEventSchema() {
        List<DomainEventMessage<?>> messages = SampleEvents.stream();
        Set<String> types = new HashSet<>();
        for (DomainEventMessage<?> message : messages) {
            JsonNode value = value(message);
            assertThat(eventSchema.validate(value)).as(value.toString()).isEmpty();
            types.add(value.get("type").asString());
        }
        assertThat(types).as("the sample covers every event type")
                .isEqualTo(Arrays.stream(ClaimEvent.class.getPermittedSubclasses())
                        .map(CloudEventTypes::of).collect(Collectors.toSet()));
        assertThat(eventSchema.validate(value(SampleEvents.bareProposal()))).isEmpty();
    }

    @Test
    void theSchemaListsExactlyTheEventTypesTheRelayNames() {
        Set<String> schemaTypes = new HashSet<>();
        eventSchema.getSchemaNode().at("/properties/type/enum").forEach(type -> schemaTypes.add(type.asString()));
        assertThat(schemaTypes).isEqualTo(Arrays.stream(ClaimEvent.class.getPermittedSubclasses())
                .map(CloudEventTypes::of).collect(Collectors.toSet()));
    }

    @Test
    void dataIsCheckedAgainstTheSchemaOfItsType() {
        ObjectNode submitted = (ObjectNode) value(SampleEvents.stream().get(2));
        ((ObjectNode) submitted.get("data")).remove("reviewer");
        assertThat(messages(eventSchema.validate(submitted))).anyMatch(m -> m.contains("reviewer"));

        // A verdict-submitted body under the type of a withdrawal carries fields a withdrawal has not.
        ObjectNode mislabelled = (ObjectNode) value(SampleEvents.stream().get(2));
        mislabelled.put("type", "org.claimtrail.claim.verdict-withdrawn.v1");
        assertThat(messages(eventSchema.validate(mislabelled))).anyMatch(m -> m.contains("rationale"));

        ObjectNode badState = (ObjectNode) value(SampleEvents.stream().get(0));
        badState.put("state", "MAYBE");
        assertThat(eventSchema.validate(badState)).isNotEmpty();

        ObjectNode badTime = (ObjectNode) value(SampleEvents.stream().get(0));
        badTime.put("occurredAt", "yesterday");
        assertThat(messages(eventSchema.validate(badTime))).anyMatch(m -> m.contains("occurredAt"));
    }

    @Test
    void theClaimAfterEveryEventMatchesTheStateSchema() {
        ClaimView view = null;
        for (DomainEventMessage<?> message : SampleEvents.stream()) {
            view = ClaimView.evolve(view, (ClaimEvent) message.getPayload(), message.getSequenceNumber(),
                    message.getTimestamp());
            JsonNode state = JSON.valueToTree(view);
            assertThat(stateSchema.validate(state)).as(state.toString()).isEmpty();
        }
        ObjectNode withoutVersion = JSON.valueToTree(view);
        withoutVersion.remove("version");
        assertThat(messages(stateSchema.validate(withoutVersion))).anyMatch(m -> m.contains("version"));
    }

    private JsonNode value(DomainEventMessage<?> message) {
        CloudEvent event = mapper.map(message);
        return JSON.readTree(Objects.requireNonNull(event.getData()).toBytes());
    }

    /** Each error with where it is in the value, as in {@code /occurredAt: does not match...}. */
    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    static Schema schema(String resource) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = MessageSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            return registry.getSchema(Objects.requireNonNull(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
