package org.claimtrail.local;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 2's user path end to end: REST, event store, read tables, history and Kafka. */
@ExtendWith(SharedLocalStack.class)
class ClaimLifecycleTest {

    private final LocalStack stack;
    private final Api api;
    private final String proposition = "walking-skeleton-" + UUID.randomUUID().toString().substring(0, 8);

    ClaimLifecycleTest(LocalStack stack) {
        this.stack = stack;
        this.api = new Api(stack);
    }

    /** An answer is sent whole, with its length: a chunked one took two writes on each side (WholeAnswerFilter). */
    @Test
    void answersComeWholeWithTheirLength() {
        Api.Response proposed = api.post("contributor", "/api/v1/claims",
                Api.proposal("The NIS counts 1,500 North Korean soldiers in Russia.", proposition));
        String id = proposed.json().get("id").asString();
        Api.Response verdict = api.post("reviewer1", "/api/v1/claims/" + id + "/verdicts",
                Api.verdict("CORROBORATE", "Matches the NIS briefing."));
        Api.Response read = api.get("auditor", "/api/v1/claims/" + id);
        Api.Response refused = api.post("reviewer1", "/api/v1/claims/" + id + "/verdicts", "{\"verdict\": \"MAYBE\"}");
        assertThat(refused.status()).isEqualTo(400);
        for (Api.Response answer : List.of(proposed, verdict, read, refused)) {
            assertThat(answer.header("Transfer-Encoding")).isNull();
            assertThat(answer.header("Content-Length"))
                    .isEqualTo(Integer.toString(answer.raw().body().getBytes(StandardCharsets.UTF_8).length));
        }
    }

    @Test
    void aClaimIsProposedCorroboratedListedAuditedAndPublished() {
        Api.Response proposed = api.post("contributor", "/api/v1/claims",
                Api.proposal("At least 3,000 North Korean soldiers have entered eastern Russia.", proposition));
        assertThat(proposed.status()).isEqualTo(201);
        String id = proposed.json().get("id").asString();
        assertThat(proposed.header("Location")).endsWith("/api/v1/claims/" + id);
        assertThat(proposed.header("ETag")).isEqualTo("\"0\"");
        assertThat(proposed.json().get("state").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.json().get("proposedBy").asString()).isEqualTo("contributor");
        assertThat(proposed.json().at("/quantity/lower").asInt()).isEqualTo(3000);
        assertThat(proposed.json().at("/quantity/upper").isNull()).isTrue();

        Api.Response first = api.post("reviewer1", "/api/v1/claims/" + id + "/verdicts",
                Api.verdict("CORROBORATE", "Matches the Pentagon briefing."));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(first.json().get("state").asString()).isEqualTo("PROPOSED");

        Api.Response second = api.post("reviewer2", "/api/v1/claims/" + id + "/verdicts",
                Api.verdict("CORROBORATE", "Confirmed by satellite imagery."));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("ETag")).isEqualTo("\"2\"");
        assertThat(second.json().get("state").asString()).isEqualTo("CORROBORATED");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Api.Response claim = api.get("auditor", "/api/v1/claims/" + id);
            assertThat(claim.status()).isEqualTo(200);
            assertThat(claim.header("ETag")).isEqualTo("\"2\"");
            assertThat(claim.json().get("state").asString()).isEqualTo("CORROBORATED");
            assertThat(claim.json().get("verdicts")).hasSize(2);
        });

        // Lists come from the read table alone, which follows the event store a moment later.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Api.Response list = api.get("contributor",
                    "/api/v1/claims?state=CORROBORATED&proposition=" + proposition + "&q=soldiers&page=0&size=20");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().get("total").asLong()).isEqualTo(1);
            assertThat(list.json().get("page").asInt()).isZero();
            assertThat(list.json().get("size").asInt()).isEqualTo(20);
            assertThat(list.json().at("/items/0/id").asString()).isEqualTo(id);
        });
        assertThat(api.get("contributor", "/api/v1/claims?state=DENIED&proposition=" + proposition)
                .json().get("total").asLong()).isZero();
        assertThat(api.get("contributor", "/api/v1/claims?proposition=" + proposition + "&q=treaty")
                .json().get("total").asLong()).isZero();

        Api.Response history = api.get("auditor", "/api/v1/claims/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        JsonNode events = history.json();
        assertThat(events).hasSize(3);
        assertThat(events.findValuesAsString("type"))
                .containsExactly("ClaimProposed", "VerdictSubmitted", "VerdictSubmitted");
        assertThat(events.findValuesAsString("actor")).containsExactly("contributor", "reviewer1", "reviewer2");
        for (int i = 0; i < 3; i++) {
            assertThat(events.get(i).get("sequence").asLong()).isEqualTo(i);
            assertThat(events.get(i).get("eventId").asString()).isNotBlank();
            assertThat(events.get(i).get("occurredAt").asString()).isNotBlank();
        }
        assertThat(events.at("/2/payload/rationale").asString()).isEqualTo("Confirmed by satellite imagery.");

        List<ConsumerRecord<String, byte[]>> records = TopicReader.read(stack, id, 3);
        assertThat(records).hasSize(3);
        JsonMapper json = JsonMapper.builder().build();
        List<String> states = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicReader.header(record, "ce_id")).isEqualTo(events.get(i).get("eventId").asString());
            assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/claimtrail");
            assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(id);
            assertThat(TopicReader.header(record, "ce_sequence")).isEqualTo(Integer.toString(i));
            assertThat(TopicReader.header(record, "ce_time")).isNotBlank();
            assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/json");
            JsonNode value = json.readTree(record.value());
            assertThat(value.get("claimId").asString()).isEqualTo(id);
            assertThat(value.get("sequence").asLong()).isEqualTo(i);
            assertThat(value.get("actor").asString()).isEqualTo(events.get(i).get("actor").asString());
            assertThat(value.get("type").asString()).isEqualTo(TopicReader.header(record, "ce_type"));
            assertThat(value.get("occurredAt").asString()).isNotBlank();
            assertThat(value.get("data").get("claimId").asString()).isEqualTo(id);
            states.add(value.get("state").asString());
        }
        assertThat(records).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                "org.claimtrail.claim.proposed.v1",
                "org.claimtrail.claim.verdict-submitted.v1",
                "org.claimtrail.claim.verdict-submitted.v1");
        assertThat(states).containsExactly("PROPOSED", "PROPOSED", "CORROBORATED");
    }
}
