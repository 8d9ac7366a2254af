package org.claimtrail.local;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Kafka outage loses nothing: with the broker stopped the server keeps taking commands and health reports the
 * relay DOWN and behind; once the broker is back the relay sends the backlog by itself, in order per claim. On a
 * stack of its own, as it stops that stack's broker.
 */
class KafkaOutageTest {

    @Test
    void commandsAreTakenWhileKafkaIsDownAndTheBacklogFollowsInOrderWhenItIsBack() {
        try (LocalStack stack = LocalStack.start(SharedLocalStack.freshSettings())) {
            Api api = new Api(stack);
            List<String> claims = new ArrayList<>();
            claims.add(propose(api, "Proposed before the outage."));
            try (KafkaSubscriber<CloudEvent> subscriber = KafkaSubscriber.events(stack)) {
                subscriber.readUntil(read -> KafkaContract.sequences(read, claims.get(0)).size() == 1,
                        Duration.ofSeconds(30));
            }

            stack.stopKafka();
            try {
                for (int i = 0; i < 3; i++) {
                    String claim = propose(api, "Proposed while Kafka is down, " + i + ".");
                    corroborate(api, claim, "reviewer1");
                    claims.add(claim);
                }
                corroborate(api, claims.get(0), "reviewer1");
                int backlog = 3 * 2 + 1;
                // A send fails within the producer's max.block.ms (10 s) or delivery.timeout.ms (30 s).
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                        .untilAsserted(() -> {
                            JsonNode relay = api.get("admin", "/actuator/health").json().at("/components/kafkaRelay");
                            assertThat(relay.get("status").asString()).isEqualTo("DOWN");
                            assertThat(relay.at("/details/error").asString()).isNotBlank();
                            assertThat(relay.at("/details/lag").asLong()).isGreaterThanOrEqualTo(backlog);
                        });
                assertThat(KafkaContractTest.relayLag(api)).isGreaterThanOrEqualTo(backlog);
                // The node stays ready for requests: a load balancer must not pull it for Kafka's sake.
                Api.Response readiness = api.get(null, "/actuator/health/readiness");
                assertThat(readiness.status()).isEqualTo(200);
                assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
                // Still taking commands after the relay has failed.
                corroborate(api, claims.get(1), "reviewer2");
            } finally {
                stack.startKafka();
            }
            String after = propose(api, "Proposed after the outage.");
            claims.add(after);

            // Axon retries the released segments with a growing back-off (up to a minute).
            List<ConsumerRecord<String, CloudEvent>> records;
            try (KafkaSubscriber<CloudEvent> subscriber = KafkaSubscriber.events(stack)) {
                records = subscriber.readUntil(read -> KafkaContract.sequences(read, claims.get(0)).size() == 2
                        && KafkaContract.sequences(read, claims.get(1)).size() == 3
                        && KafkaContract.sequences(read, claims.get(2)).size() == 2
                        && KafkaContract.sequences(read, claims.get(3)).size() == 2
                        && KafkaContract.sequences(read, after).size() == 1, Duration.ofSeconds(120));
            }
            for (String claim : claims) {
                List<Long> sequences = KafkaContract.sequences(records, claim);
                assertThat(sequences).as(claim).isEqualTo(KafkaContract.stream(sequences.size()));
            }
            records.forEach(KafkaContract::eventValue);

            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
                JsonNode relay = api.get("admin", "/actuator/health").json().at("/components/kafkaRelay");
                assertThat(relay.get("status").asString()).isEqualTo("UP");
                assertThat(relay.at("/details/lag").asLong()).isZero();
                assertThat(KafkaContractTest.relayLag(api)).isZero();
            });
        }
    }

    private static String propose(Api api, String statement) {
        Api.Response proposed = api.post("contributor", "/api/v1/claims", Api.proposal(statement, "kafka-outage"));
        assertThat(proposed.status()).as(proposed.raw().body()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }

    private static void corroborate(Api api, String claim, String reviewer) {
        Api.Response verdict = api.post(reviewer, "/api/v1/claims/" + claim + "/verdicts",
                Api.verdict("CORROBORATE", "Seen it."));
        assertThat(verdict.status()).as(verdict.raw().body()).isEqualTo(200);
    }
}
