package org.claimtrail.local;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL goes away under a running server: commands and queries are answered 503 with {@code Retry-After} within
 * seconds, nothing half-done is stored, and once PostgreSQL is back the server serves again without being restarted.
 * On a stack of its own, as it stops that stack's PostgreSQL.
 */
class OutageTest {

    /** Hikari's connection timeout is 3 s; the answer must not wait much longer. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @Test
    void withoutPostgresEveryRequestIsUnavailableAndTheServerRecoversByItself() {
        try (LocalStack stack = LocalStack.start(SharedLocalStack.freshSettings())) {
            HardeningHttp http = new HardeningHttp(stack);
            String claim = http.propose("contributor", "A claim that lives through an outage.");
            String path = "/api/v1/claims/" + claim;
            String key = UUID.randomUUID().toString();
            long proposals = http.proposals();
            long events = http.eventsOf(claim);

            stack.stopPostgres();
            try {
                List<HardeningHttp.Call> calls = List.of(
                        http.post("/api/v1/claims", HardeningHttp.proposal("Proposed in the dark.", "outage")).as("editor"),
                        http.post("/api/v1/claims", HardeningHttp.proposal("Proposed with a key.", null))
                                .as("contributor").header("Idempotency-Key", key),
                        http.post(path + "/verdicts", HardeningHttp.verdict("DENY", "Unseen.")).as("reviewer1"),
                        http.post(path + "/evidence", HardeningHttp.evidence("Unseen.")).as("contributor"),
                        http.get(path).as("contributor"),
                        http.get("/api/v1/claims?q=outage").as("contributor"),
                        http.get(path + "/history").as("auditor"));
                for (HardeningHttp.Call call : calls) {
                    long started = System.nanoTime();
                    HardeningHttp.Answer answer = call.send();
                    Duration took = Duration.ofNanos(System.nanoTime() - started);

                    answer.assertProblem(503);
                    assertThat(answer.header("Retry-After")).as(call.toString()).isNotBlank();
                    assertThat(took).as("time to answer " + call).isLessThan(PROMPTLY);
                }
            } finally {
                stack.startPostgres();
            }

            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> http.get(path).as("contributor").send().status() == 200);
            assertThat(http.proposals()).as("claims proposed during the outage").isEqualTo(proposals);
            assertThat(http.eventsOf(claim)).as("events appended during the outage").isEqualTo(events);

            // The key of a request answered 503 was freed: its retry runs.
            HardeningHttp.Answer retried = http.post("/api/v1/claims", HardeningHttp.proposal("Proposed with a key.", null))
                    .as("contributor").header("Idempotency-Key", key).send();
            assertThat(retried.status()).as(retried.body()).isEqualTo(201);
            http.verdict("reviewer1", claim, "DISPUTE");
            assertThat(http.eventsOf(claim)).isEqualTo(events + 1);
            // The event processors resume from their tokens: the read side catches up by itself.
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() ->
                    assertThat(http.get(path).as("contributor").send().json().get("state").asString())
                            .isEqualTo("DISPUTED"));
        }
    }
}
