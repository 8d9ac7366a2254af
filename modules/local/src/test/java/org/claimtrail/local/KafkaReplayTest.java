package org.claimtrail.local;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An admin replays the claim events topic from the start of the event store while the server runs: a new consumer
 * group then sees every event again under its own ce_id, and the relay goes on with new events after the reset. On
 * a stack of its own, as the replay resends every event of the stack.
 */
class KafkaReplayTest {

    private static final String REPLAY = "/api/v1/admin/kafka/replay";

    @Test
    void anAdminReplaysEveryEventToTheTopicWithoutStoppingTheServer() {
        try (LocalStack stack = LocalStack.start(SharedLocalStack.freshSettings())) {
            Api api = new Api(stack);
            List<String> claims = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String claim = propose(api, "Replayed claim " + i + ".");
                Api.Response verdict = api.post("reviewer1", "/api/v1/claims/" + claim + "/verdicts",
                        Api.verdict("CORROBORATE", "Seen it."));
                assertThat(verdict.status()).isEqualTo(200);
                claims.add(claim);
            }
            // Everything stored so far, the demo data included, is on the topic once the relay has no lag.
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .untilAsserted(() -> assertThat(KafkaContractTest.relayLag(api)).isZero());
            Map<String, ConsumerRecord<String, CloudEvent>> before;
            try (KafkaSubscriber<CloudEvent> subscriber = KafkaSubscriber.events(stack)) {
                before = subscriber.readToEnd(Duration.ofSeconds(30)).stream()
                        .collect(Collectors.toMap(r -> r.value().getId(), r -> r, (first, repeat) -> first));
            }
            for (String claim : claims) {
                assertThat(KafkaContract.sequences(List.copyOf(before.values()), claim)).hasSize(2);
            }

            assertThat(api.post(null, REPLAY, "{}").status()).isEqualTo(401);
            assertThat(api.post("reviewer1", REPLAY, "{}").status()).isEqualTo(403);
            assertThat(api.post("auditor", REPLAY, "{}").status()).isEqualTo(403);
            Api.Response replay = api.post("admin", REPLAY, "{}");
            assertThat(replay.status()).as(replay.raw().body()).isEqualTo(202);
            assertThat(replay.json().get("processor").asString()).isEqualTo("kafka-relay");
            assertThat(replay.json().get("upTo").asLong()).isGreaterThanOrEqualTo(before.size() - 1);

            // The relay goes on after the reset: a claim proposed now reaches the topic too.
            String after = propose(api, "Proposed during the replay.");
            List<ConsumerRecord<String, CloudEvent>> records;
            try (KafkaSubscriber<CloudEvent> subscriber = KafkaSubscriber.events(stack)) {
                records = subscriber.readUntil(read -> !KafkaContract.sequences(read, after).isEmpty()
                        && before.keySet().stream().allMatch(id -> count(read, id) >= 2), Duration.ofSeconds(60));
            }
            for (ConsumerRecord<String, CloudEvent> record : records) {
                ConsumerRecord<String, CloudEvent> first = before.get(record.value().getId());
                if (first != null) {
                    // A repeat is the same message again: same key, same attributes, same value.
                    assertThat(record.key()).isEqualTo(first.key());
                    assertThat(record.value().getType()).isEqualTo(first.value().getType());
                    assertThat(record.value().getExtension("sequence")).isEqualTo(first.value().getExtension("sequence"));
                    assertThat(Arrays.equals(Objects.requireNonNull(record.value().getData()).toBytes(),
                            Objects.requireNonNull(first.value().getData()).toBytes())).isTrue();
                }
                KafkaContract.eventValue(record);
            }
            for (String claim : claims) {
                assertThat(KafkaContract.sequences(records, claim)).isEqualTo(KafkaContract.stream(2));
            }

            // The reset token is stored and read back (health reads every segment's token from PostgreSQL).
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                JsonNode relay = api.get("admin", "/actuator/health").json().at("/components/kafkaRelay");
                assertThat(relay.get("status").asString()).isEqualTo("UP");
                assertThat(relay.at("/details/lag").asLong()).isZero();
            });
        }
    }

    private static long count(List<ConsumerRecord<String, CloudEvent>> records, String eventId) {
        return records.stream().filter(r -> eventId.equals(r.value().getId())).count();
    }

    private static String propose(Api api, String statement) {
        Api.Response proposed = api.post("contributor", "/api/v1/claims", Api.proposal(statement, "kafka-replay"));
        assertThat(proposed.status()).as(proposed.raw().body()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }
}
