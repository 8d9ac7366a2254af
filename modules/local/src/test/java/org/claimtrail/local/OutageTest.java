package org.claimtrail.local;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL goes away under a running server, stopped or paused: commands and queries are answered 503 with
 * {@code Retry-After} within 5 s, nothing half-done is stored, and once PostgreSQL is back the server serves again
 * without being restarted. Each on a stack of its own, as it stops that stack's PostgreSQL.
 */
class OutageTest {

    /** What every request may wait for an answer, whatever PostgreSQL does (issue 14). */
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final Duration PAUSE = Duration.ofSeconds(15);

    @Test
    void withoutPostgresEveryRequestIsUnavailableAndTheServerRecoversByItself() {
        try (LocalStack stack = LocalStack.start(SharedLocalStack.freshSettings())) {
            RawHttp http = new RawHttp(stack);
            String claim = http.propose("contributor", "A claim that lives through an outage.");
            String path = "/api/v1/claims/" + claim;
            String key = UUID.randomUUID().toString();
            long proposals = http.proposals();
            long events = http.eventsOf(claim);

            stack.stopPostgres();
            try {
                List<RawHttp.Call> calls = List.of(
                        http.post("/api/v1/claims", RawHttp.proposal("Proposed in the dark.", "outage")).as("editor"),
                        http.post("/api/v1/claims", RawHttp.proposal("Proposed with a key.", null))
                                .as("contributor").header("Idempotency-Key", key),
                        http.post(path + "/verdicts", RawHttp.verdict("DENY", "Unseen.")).as("reviewer1"),
                        http.post(path + "/evidence", RawHttp.evidence("Unseen.")).as("contributor"),
                        http.get(path).as("contributor"),
                        http.get("/api/v1/claims?q=outage").as("contributor"),
                        http.get(path + "/history").as("auditor"));
                for (RawHttp.Call call : calls) {
                    long started = System.nanoTime();
                    RawHttp.Answer answer = call.send();
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
            RawHttp.Answer retried = http.post("/api/v1/claims", RawHttp.proposal("Proposed with a key.", null))
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

    /** One answer the load got: what was asked, how it was answered, how long it took, and when it was sent. */
    private record Outcome(String call, int status, String type, String retryAfter, Duration took, Instant sent) {
    }

    /** A write the server acknowledged: the claim and the version its answer named. */
    private record Ack(String claimId, long version) {
    }

    /**
     * PostgreSQL's processes are stopped with SIGSTOP for 15 s while writers and readers keep sending: its sockets
     * accept connections but nothing answers, as on a hung host or a dropped network. Every request must be answered
     * within 5 s, with success or with 503, Retry-After and the storage-unavailable problem; after SIGCONT the server
     * serves again by itself and every acknowledged write is stored.
     */
    @Test
    void aPausedPostgresGetsEveryRequestAnsweredWithinFiveSecondsAndTheServerRecoversByItself() throws Exception {
        try (LocalStack stack = LocalStack.start(SharedLocalStack.freshSettings())) {
            RawHttp http = new RawHttp(stack);
            String claim = http.propose("contributor", "A claim that lives through a paused database.");
            String path = "/api/v1/claims/" + claim;
            Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            Queue<Ack> acks = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            List<Function<Integer, RawHttp.Call>> load = List.of(
                    n -> http.post("/api/v1/claims", RawHttp.proposal("Proposed under a pause " + n + ".", null))
                            .as("contributor"),
                    n -> http.post("/api/v1/claims", RawHttp.proposal("Proposed with a key " + n + ".", null))
                            .as("editor").header("Idempotency-Key", UUID.randomUUID().toString()),
                    n -> http.post(path + "/evidence", RawHttp.evidence("Seen " + n + ".")).as("contributor"),
                    n -> n % 3 == 0 ? http.get(path).as("contributor")
                            : n % 3 == 1 ? http.get("/api/v1/claims?q=pause").as("contributor")
                            : http.get(path + "/history").as("auditor"));
            ExecutorService clients = Executors.newFixedThreadPool(load.size());
            List<CompletableFuture<Void>> senders = new ArrayList<>();
            for (Function<Integer, RawHttp.Call> calls : load) {
                senders.add(CompletableFuture.runAsync(() -> {
                    for (int n = 0; running.get(); n++) {
                        send(calls.apply(n), outcomes, acks);
                    }
                }, clients));
            }
            Instant paused;
            Instant resumed;
            try {
                Thread.sleep(3_000);
                try (Paused postgres = Paused.postgres(stack.settings().postgresDir())) {
                    // Once kill -STOP has returned: a request sent before may still have been answered.
                    paused = Instant.now();
                    Thread.sleep(PAUSE.toMillis());
                }
                resumed = Instant.now();
                // By itself: the load goes on as it was, and writes succeed again.
                await().atMost(Duration.ofSeconds(30)).until(() -> outcomes.stream()
                        .anyMatch(o -> o.call().startsWith("POST") && o.status() / 100 == 2
                                && o.sent().isAfter(resumed)));
                Thread.sleep(2_000);
            } finally {
                running.set(false);
                CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).join();
                clients.shutdown();
            }

            Duration longest = outcomes.stream().map(Outcome::took).max(Duration::compareTo).orElseThrow();
            long unavailable = outcomes.stream().filter(o -> o.status() == 503).count();
            System.out.printf("paused PostgreSQL: %d requests, %d answered 503, longest answer %d ms%n",
                    outcomes.size(), unavailable, longest.toMillis());
            assertThat(outcomes).allSatisfy(outcome -> {
                assertThat(outcome.took()).as("time to answer %s", outcome).isLessThan(PROMPTLY);
                if (outcome.status() / 100 != 2) {
                    assertThat(outcome.status()).as(outcome.toString()).isEqualTo(503);
                    assertThat(outcome.type()).as(outcome.toString())
                            .isEqualTo("urn:claimtrail:problem:storage-unavailable");
                    assertThat(outcome.retryAfter()).as(outcome.toString()).isNotBlank();
                }
            });
            // The pause was felt: requests sent while PostgreSQL was stopped were refused.
            assertThat(outcomes).filteredOn(o -> o.sent().isAfter(paused) && o.sent().isBefore(resumed.minusSeconds(5)))
                    .isNotEmpty().allSatisfy(o -> assertThat(o.status()).as(o.toString()).isEqualTo(503));
            for (Ack ack : acks) {
                assertThat(http.eventsOf(ack.claimId())).as("events of acknowledged claim %s", ack.claimId())
                        .isGreaterThan(ack.version());
            }
        }
    }

    private static void send(RawHttp.Call call, Queue<Outcome> outcomes, Queue<Ack> acks) {
        Instant sent = Instant.now();
        RawHttp.Answer answer;
        try {
            answer = call.send();
        } catch (UncheckedIOException e) {
            throw new AssertionError(call + " got no answer", e);
        }
        Duration took = Duration.between(sent, Instant.now());
        boolean problem = answer.header("Content-Type") != null
                && answer.header("Content-Type").startsWith(RawHttp.PROBLEM_JSON);
        outcomes.add(new Outcome(call.toString(), answer.status(), problem ? answer.json().get("type").asString() : null,
                answer.header("Retry-After"), took, sent));
        if (call.toString().startsWith("POST") && answer.status() / 100 == 2) {
            acks.add(new Ack(answer.json().get("id").asString(), answer.json().get("version").asLong()));
        }
    }
}
