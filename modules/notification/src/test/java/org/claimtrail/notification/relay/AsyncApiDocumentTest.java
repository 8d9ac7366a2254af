package org.claimtrail.notification.relay;

import com.networknt.schema.Schema;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.claimtrail.api.claim.ClaimEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document says what the relay really does: its topics, headers, event types, and schemas that exist. */
class AsyncApiDocumentTest {

    private final JsonNode document = readYaml("asyncapi.yaml");
    private final KafkaRelayProperties defaults = new Binder(new MapConfigurationPropertySource())
            .bindOrCreate("claimtrail.kafka", KafkaRelayProperties.class);

    @Test
    void describesBothTopicsUnderTheirDefaultNames() {
        assertThat(document.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.at("/channels/claimEvents/address").asString()).isEqualTo(defaults.topic());
        assertThat(document.at("/channels/claimState/address").asString()).isEqualTo(defaults.stateTopic());
        assertThat(document.at("/channels/claimState/bindings/kafka/topicConfiguration/cleanup.policy/0").asString())
                .isEqualTo("compact");
        assertThat(document.at("/channels/claimEvents/bindings/kafka/partitions").asInt())
                .isEqualTo(defaults.partitions());
    }

    @Test
    void listsTheHeadersTheCloudEventsSerializerWrites() {
        CloudEvent event = new CloudEventMapper(JsonMapper.builder().build()).map(SampleEvents.stream().get(0));
        RecordHeaders headers = new RecordHeaders();
        try (CloudEventSerializer serializer = new CloudEventSerializer()) {
            serializer.configure(Map.of(), false);
            serializer.serialize(defaults.topic(), headers, event);
        }
        Set<String> written = new HashSet<>();
        for (Header header : headers) {
            written.add(header.key());
        }
        Set<String> documented = new HashSet<>();
        document.at("/components/messages/claimEvent/headers/required")
                .forEach(name -> documented.add(name.asString()));
        assertThat(written).isEqualTo(documented);
        assertThat(document.at("/components/messages/claimEvent/headers/properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(documented);
    }

    /** A subscriber generating code from the document meets every type the relay sends, each with an example. */
    @Test
    void declaresEveryEventTypeTheRelaySendsWithAnExample() {
        List<String> sent = Arrays.stream(ClaimEvent.class.getPermittedSubclasses()).map(CloudEventTypes::of).toList();
        List<String> declared = new ArrayList<>();
        document.at("/components/messages/claimEvent/headers/properties/ce_type/enum")
                .forEach(type -> declared.add(type.asString()));
        List<String> exemplified = new ArrayList<>();
        document.at("/components/messages/claimEvent/examples")
                .forEach(example -> exemplified.add(example.at("/headers/ce_type").asString()));
        assertThat(declared).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(exemplified).containsExactlyInAnyOrderElementsOf(sent);
    }

    @Test
    void theExamplesAreMessagesTheSchemasAccept() {
        Schema events = MessageSchemasTest.schema("schemas/claim-event.v1.json");
        JsonNode eventExamples = document.at("/components/messages/claimEvent/examples");
        assertThat(eventExamples.size()).isPositive();
        for (JsonNode example : eventExamples) {
            JsonNode payload = example.get("payload");
            assertThat(events.validate(payload)).as(example.get("name").asString()).isEmpty();
            assertThat(payload.get("type").asString()).isEqualTo(example.at("/headers/ce_type").asString());
            assertThat(payload.get("claimId").asString()).isEqualTo(example.at("/headers/ce_subject").asString());
        }
        Schema states = MessageSchemasTest.schema("schemas/claim-state.v1.json");
        JsonNode stateExamples = document.at("/components/messages/claimState/examples");
        assertThat(stateExamples.size()).isPositive();
        stateExamples.forEach(example -> assertThat(states.validate(example.get("payload"))).isEmpty());
    }

    @Test
    void everyReferenceResolves() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        assertThat(references).contains("./schemas/claim-event.v1.json", "./schemas/claim-state.v1.json");
        for (String reference : references) {
            if (reference.startsWith("#")) {
                assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
            } else {
                assertThat(getClass().getClassLoader().getResource(reference.substring(2))).as(reference).isNotNull();
            }
        }
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.has("$ref")) {
            references.add(node.get("$ref").asString());
        }
        node.values().forEach(child -> collectReferences(child, references));
    }

    private static JsonNode readYaml(String resource) {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new YAMLMapper().readTree(Objects.requireNonNull(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
