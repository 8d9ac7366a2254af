package org.claimtrail.local;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What docs/kafka.md and the JSON Schemas promise a subscriber, checked message by message. The schemas are read
 * from the notification module's jar, where subscribers find them too.
 */
final class KafkaContract {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema EVENT_SCHEMA = schema("schemas/claim-event.v1.json");
    private static final Schema STATE_SCHEMA = schema("schemas/claim-state.v1.json");

    private KafkaContract() {
    }

    /** The value of a claim event message, once its CloudEvent attributes and its schema are checked. */
    static JsonNode eventValue(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(event.getId()).isNotBlank();
        assertThat(event.getSource()).isEqualTo(URI.create("/claimtrail"));
        assertThat(event.getSubject()).isEqualTo(record.key());
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        JsonNode value = JSON.readTree(Objects.requireNonNull(event.getData(), "data").toBytes());
        assertThat(EVENT_SCHEMA.validate(value)).as(value.toString()).isEmpty();
        assertThat(value.get("claimId").asString()).isEqualTo(record.key());
        assertThat(value.get("type").asString()).isEqualTo(event.getType());
        assertThat(String.valueOf(event.getExtension("sequence"))).isEqualTo(value.get("sequence").asString());
        assertThat(Objects.requireNonNull(event.getTime(), "time").toInstant())
                .isEqualTo(Instant.parse(value.get("occurredAt").asString()));
        assertThat(value.at("/data/claimId").asString()).isEqualTo(record.key());
        assertThat(value.at("/data/state")).isEqualTo(value.get("state"));
        return value;
    }

    /** The value of a claim state message, once its schema is checked. */
    static JsonNode stateValue(ConsumerRecord<String, byte[]> record) {
        JsonNode value = JSON.readTree(record.value());
        assertThat(STATE_SCHEMA.validate(value)).as(value.toString()).isEmpty();
        assertThat(value.get("id").asString()).isEqualTo(record.key());
        return value;
    }

    /** The sequence numbers of the claim's events in the order a subscriber first sees them, repeats dropped. */
    static List<Long> sequences(List<ConsumerRecord<String, CloudEvent>> records, String claimId) {
        Set<String> seen = new HashSet<>();
        List<Long> sequences = new ArrayList<>();
        for (ConsumerRecord<String, CloudEvent> record : records) {
            if (claimId.equals(record.key()) && seen.add(record.value().getId())) {
                sequences.add(Long.parseLong(String.valueOf(record.value().getExtension("sequence"))));
            }
        }
        return sequences;
    }

    /** 0, 1, …, {@code count - 1}: a whole stream in order. */
    static List<Long> stream(int count) {
        List<Long> sequences = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            sequences.add(i);
        }
        return sequences;
    }

    private static Schema schema(String resource) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = KafkaContract.class.getClassLoader().getResourceAsStream(resource)) {
            return registry.getSchema(Objects.requireNonNull(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
