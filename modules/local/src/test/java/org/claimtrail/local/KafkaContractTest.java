package org.claimtrail.local;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 5: the Kafka side as a subscriber that is not ours sees it, on the real broker of the local stack. */
@ExtendWith(SharedLocalStack.class)
class KafkaContractTest {

    private static final Set<String> EVERY_TYPE = Set.of(
            "org.claimtrail.claim.proposed.v1", "org.claimtrail.claim.verdict-submitted.v1",
            "org.claimtrail.claim.verdict-withdrawn.v1", "org.claimtrail.claim.evidence-attached.v1",
            "org.claimtrail.claim.conflict-linked.v1", "org.claimtrail.claim.conflict-closed.v1",
            "org.claimtrail.claim.sides-conflict-linked.v1", "org.claimtrail.claim.sides-conflict-closed.v1",
            "org.claimtrail.claim.reopened.v1");

    private final LocalStack stack;
    private final Api api;
    private final String proposition = "kafka-contract-" + UUID.randomUUID().toString().substring(0, 8);

    KafkaContractTest(LocalStack stack) {
        this.stack = stack;
        this.api = new Api(stack);
    }

    @Test
    void everyEventOfEveryKindIsACloudEventWhoseValueMatchesTheSchema() {
        String counted = propose(proposition, 3000, "AT_LEAST");
        String denied = propose(proposition, 1500, "EXACT");
        // The proposition sees disjoint counts and links the two claims as a conflict.
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                assertThat(api.get("auditor", "/api/v1/claims/" + counted).json().at("/conflicts/0/open")
                        .asBoolean()).isTrue());
        // Linked by hand as well, so that a conflict with one claim comes and closes beside the one with the sides.
        ok(api.post("reviewer1", "/api/v1/claims/" + counted + "/conflicts",
                "{\"withClaimId\": \"" + denied + "\", \"reason\": \"The counts cannot both hold.\"}"));
        ok(api.post("reviewer1", "/api/v1/claims/" + counted + "/verdicts", Api.verdict("DISPUTE", "Counts differ.")));
        ok(api.delete("reviewer1", "/api/v1/claims/" + counted + "/verdicts/mine"));
        ok(api.post("contributor", "/api/v1/claims/" + counted + "/evidence", evidence("https://example.org/kcna")));
        ok(api.post("reviewer1", "/api/v1/claims/" + denied + "/verdicts", Api.verdict("DENY", "No trace.")));
        ok(api.post("reviewer2", "/api/v1/claims/" + denied + "/verdicts", Api.verdict("DENY", "Denied.")));
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() ->
                assertThat(api.get("auditor", "/api/v1/claims/" + counted).json().at("/conflicts/0/open")
                        .asBoolean()).isFalse());
        ok(api.post("editor", "/api/v1/claims/" + denied + "/reopen", "{\"reason\": \"New footage.\"}"));

        Map<String, List<String>> histories = Map.of(counted, eventIds(counted), denied, eventIds(denied));
        List<ConsumerRecord<String, CloudEvent>> records;
        try (KafkaSubscriber<CloudEvent> subscriber = KafkaSubscriber.events(stack)) {
            records = subscriber.readUntil(read -> histories.entrySet().stream().allMatch(history ->
                    KafkaContract.sequences(read, history.getKey()).size() >= history.getValue().size()),
                    Duration.ofSeconds(30));
        }

        Set<String> types = new HashSet<>();
        for (ConsumerRecord<String, CloudEvent> record : records) {
            JsonNode value = KafkaContract.eventValue(record);
            if (histories.containsKey(record.key())) {
                types.add(value.get("type").asString());
                assertThat(value.get("actor").asString()).isNotBlank();
            }
        }
        assertThat(types).isEqualTo(EVERY_TYPE);
        histories.forEach((claim, history) -> {
            List<Long> sequences = KafkaContract.sequences(records, claim);
            assertThat(sequences).isEqualTo(KafkaContract.stream(sequences.size()));
            assertThat(records.stream().filter(r -> claim.equals(r.key())).map(r -> r.value().getId()).distinct()
                    .limit(history.size()).toList()).isEqualTo(history);
        });
    }

    @Test
    void theStateTopicHoldsTheClaimAsTheApiShowsItAfterEachEvent() {
        String claim = propose(proposition, 3000, "AT_LEAST");
        ok(api.post("reviewer1", "/api/v1/claims/" + claim + "/verdicts", Api.verdict("CORROBORATE", "Briefing.")));
        ok(api.post("contributor", "/api/v1/claims/" + claim + "/evidence", evidence("https://example.org/imagery")));
        ok(api.post("reviewer2", "/api/v1/claims/" + claim + "/verdicts", Api.verdict("CORROBORATE", "Imagery.")));

        List<ConsumerRecord<String, byte[]>> records;
        try (KafkaSubscriber<byte[]> subscriber = KafkaSubscriber.states(stack)) {
            records = subscriber.readUntil(read -> read.stream().anyMatch(r -> claim.equals(r.key())
                    && KafkaContract.JSON.readTree(r.value()).get("version").asLong() == 3), Duration.ofSeconds(30));
        }
        List<JsonNode> states = records.stream().filter(r -> claim.equals(r.key()))
                .map(KafkaContract::stateValue).toList();
        assertThat(states.stream().map(s -> s.get("version").asLong()).distinct().toList())
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(states.stream().map(s -> s.get("state").asString()).distinct().toList())
                .containsExactly("PROPOSED", "CORROBORATED");

        JsonNode latest = states.stream().max(Comparator.comparingLong(s -> s.get("version").asLong())).orElseThrow();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("contributor", "/api/v1/claims/" + claim).header("ETag")).isEqualTo("\"3\""));
        assertThat(latest).isEqualTo(api.get("contributor", "/api/v1/claims/" + claim).json());
    }

    @Test
    void aClaimsMessagesStayInStreamOrderUnderConcurrentWritesToManyClaims() throws Exception {
        int claims = 16;
        int evidencePerClaim = 4;
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<String>> written = new ArrayList<>();
        try {
            for (int i = 0; i < claims; i++) {
                // A proposition each: no conflicts, so every claim has exactly the events written here.
                String own = proposition + "-" + i;
                written.add(writers.submit(() -> {
                    String claim = propose(own, 3000, "AT_LEAST");
                    for (int e = 0; e < evidencePerClaim; e++) {
                        ok(api.post("contributor", "/api/v1/claims/" + claim + "/evidence",
                                evidence("https://example.org/" + own + "/" + e)));
                    }
                    ok(api.post("reviewer1", "/api/v1/claims/" + claim + "/verdicts", Api.verdict("DENY", "No.")));
                    return claim;
                }));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> claim : written) {
                ids.add(claim.get());
            }
            int perClaim = 1 + evidencePerClaim + 1;

            List<ConsumerRecord<String, CloudEvent>> events;
            try (KafkaSubscriber<CloudEvent> subscriber = KafkaSubscriber.events(stack)) {
                events = subscriber.readUntil(read -> ids.stream().allMatch(id ->
                        KafkaContract.sequences(read, id).size() == perClaim), Duration.ofSeconds(60));
            }
            List<ConsumerRecord<String, byte[]>> states;
            try (KafkaSubscriber<byte[]> subscriber = KafkaSubscriber.states(stack)) {
                states = subscriber.readUntil(read -> ids.stream().allMatch(id -> read.stream().anyMatch(r ->
                        id.equals(r.key()) && KafkaContract.JSON.readTree(r.value()).get("version").asLong()
                                == perClaim - 1)), Duration.ofSeconds(60));
            }
            for (String id : ids) {
                assertThat(KafkaContract.sequences(events, id)).as(id).isEqualTo(KafkaContract.stream(perClaim));
                assertThat(events.stream().filter(r -> id.equals(r.key())).map(ConsumerRecord::partition)
                        .distinct()).as("one partition per claim").hasSize(1);
                List<Long> versions = states.stream().filter(r -> id.equals(r.key()))
                        .map(r -> KafkaContract.stateValue(r).get("version").asLong()).distinct().toList();
                assertThat(versions).as(id).isEqualTo(KafkaContract.stream(perClaim));
            }
            events.stream().filter(r -> ids.contains(r.key())).forEach(KafkaContract::eventValue);
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void theServerCreatesBothTopicsWithExplicitSettings() throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(
                    List.of(KafkaSubscriber.EVENTS_TOPIC, KafkaSubscriber.STATE_TOPIC)).allTopicNames().get();
            // The local stack asks for 3 partitions (claimtrail.kafka.partitions); the broker's default is 1.
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));

            ConfigResource events = new ConfigResource(ConfigResource.Type.TOPIC, KafkaSubscriber.EVENTS_TOPIC);
            ConfigResource states = new ConfigResource(ConfigResource.Type.TOPIC, KafkaSubscriber.STATE_TOPIC);
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(events, states)).all().get();
            assertThat(configs.get(events).get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(configs.get(events).get("retention.ms").value()).isEqualTo("-1");
            assertThat(configs.get(states).get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(configs.get(states).get("min.cleanable.dirty.ratio").value()).isEqualTo("0.1");
        }
    }

    @Test
    void theRelayReportsItsLagAtPrometheusAndInHealth() {
        String claim = propose(proposition, 3000, "AT_LEAST");
        try (KafkaSubscriber<CloudEvent> subscriber = KafkaSubscriber.events(stack)) {
            subscriber.readUntil(read -> !KafkaContract.sequences(read, claim).isEmpty(), Duration.ofSeconds(30));
        }
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            assertThat(relayLag(api)).isZero();
            JsonNode relay = api.get("admin", "/actuator/health").json().at("/components/kafkaRelay");
            assertThat(relay.get("status").asString()).isEqualTo("UP");
            assertThat(relay.at("/details/lag").asLong()).isZero();
            assertThat(relay.at("/details/head").asLong()).isPositive();
        });
    }

    /** {@code claimtrail_kafka_relay_lag} as Prometheus scrapes it, without credentials. */
    static double relayLag(Api api) {
        Api.Response metrics = api.get(null, "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        List<String> lines = metrics.raw().body().lines()
                .filter(line -> line.startsWith("claimtrail_kafka_relay_lag")).collect(Collectors.toList());
        assertThat(lines).hasSize(1);
        String line = lines.get(0);
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private String propose(String onProposition, int soldiers, String qualifier) {
        Api.Response proposed = api.post("contributor", "/api/v1/claims", Api.proposal(
                "About " + soldiers + " soldiers.", onProposition)
                .replace("\"value\": 3000, \"qualifier\": \"AT_LEAST\"",
                        "\"value\": " + soldiers + ", \"qualifier\": \"" + qualifier + "\""));
        assertThat(proposed.status()).as(proposed.raw().body()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }

    private List<String> eventIds(String claim) {
        Api.Response history = api.get("auditor", "/api/v1/claims/" + claim + "/history");
        assertThat(history.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        history.json().forEach(entry -> ids.add(entry.get("eventId").asString()));
        return ids;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    }

    static String evidence(String url) {
        return """
                {"publisher": "Example News", "url": "%s", "quote": "The reports are groundless.",
                 "stance": "CONTRADICTS"}
                """.formatted(url);
    }
}
