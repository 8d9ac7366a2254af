package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any POST may carry an {@code Idempotency-Key}: a repeat of the same request by the same user is answered as the
 * first was and runs nothing, and the key cannot be reused for another request.
 */
@ExtendWith(IsolatedLocalStack.class)
class IdempotencyTest {

    private final RawHttp http;
    private final JdbcClient jdbc;

    IdempotencyTest(LocalStack stack) {
        this.http = new RawHttp(stack);
        this.jdbc = stack.server().getBean(JdbcClient.class);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private RawHttp.Answer propose(String user, String key, String statement) {
        return http.post("/api/v1/claims", RawHttp.proposal(statement, null)).as(user)
                .header("Idempotency-Key", key).send();
    }

    private static void assertSameAnswer(RawHttp.Answer repeat, RawHttp.Answer first) {
        assertThat(repeat.status()).isEqualTo(first.status());
        assertThat(repeat.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aRepeatedProposalIsAnsweredAsTheFirstAndProposesNothing() {
        String key = key();
        RawHttp.Answer first = propose("contributor", key, "A claim sent twice.");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("ETag")).isEqualTo("\"0\"");
        assertThat(first.header("Location")).endsWith(first.json().get("id").asString());
        assertThat(first.header("Idempotent-Replayed")).isNull();
        long proposals = http.proposals();

        RawHttp.Answer repeat = propose("contributor", key, "A claim sent twice.");

        assertSameAnswer(repeat, first);
        assertThat(http.proposals()).isEqualTo(proposals);
    }

    @Test
    void aRepeatedVerdictAppendsNothing() {
        String claim = http.propose("contributor", "A claim judged twice over a flaky network.");
        String key = key();
        RawHttp.Call verdict = http.post("/api/v1/claims/" + claim + "/verdicts",
                RawHttp.verdict("DISPUTE", "Once only.")).as("reviewer1").header("Idempotency-Key", key);
        RawHttp.Answer first = verdict.send();
        assertThat(first.status()).isEqualTo(200);
        long events = http.eventsOf(claim);

        assertSameAnswer(verdict.send(), first);
        assertThat(http.eventsOf(claim)).isEqualTo(events);
    }

    @Test
    void aRefusalIsRepeatedToo() {
        String claim = http.propose("reviewer1", "A claim its proposer may not judge.");
        RawHttp.Call verdict = http.post("/api/v1/claims/" + claim + "/verdicts",
                RawHttp.verdict("CORROBORATE", "My own.")).as("reviewer1").header("Idempotency-Key", key());
        RawHttp.Answer first = verdict.send().assertProblem(409);

        assertSameAnswer(verdict.send(), first);
        assertThat(http.eventsOf(claim)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessable() {
        String key = key();
        assertThat(propose("contributor", key, "The first claim of a key.").status()).isEqualTo(201);
        long proposals = http.proposals();

        RawHttp.Answer other = propose("contributor", key, "Another claim under the same key.").assertProblem(422);

        assertThat(other.json().get("type").asString()).isEqualTo("urn:claimtrail:problem:idempotency-key-reused");
        assertThat(http.proposals()).isEqualTo(proposals);
    }

    @Test
    void theSameKeyOnAnotherPathIsUnprocessable() {
        String claim = http.propose("contributor", "A claim a key is misused on.");
        String key = key();
        assertThat(http.post("/api/v1/claims/" + claim + "/evidence", RawHttp.evidence("Once."))
                .as("reviewer1").header("Idempotency-Key", key).send().status()).isEqualTo(200);
        String other = http.propose("contributor", "Another claim the key is misused on.");

        http.post("/api/v1/claims/" + other + "/evidence", RawHttp.evidence("Once."))
                .as("reviewer1").header("Idempotency-Key", key).send().assertProblem(422);
        assertThat(http.eventsOf(other)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirUser() {
        String key = key();
        RawHttp.Answer mine = propose("contributor", key, "Two users, one key.");
        RawHttp.Answer theirs = propose("editor", key, "Two users, one key.");

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(theirs.json().get("id").asString()).isNotEqualTo(mine.json().get("id").asString());
        assertThat(theirs.json().get("proposedBy").asString()).isEqualTo("editor");
    }

    @Test
    void concurrentFirstRequestsWithOneKeyRunOnce() {
        String key = key();
        long proposals = http.proposals();
        int clients = 6;
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<RawHttp.Answer> answers;
        try {
            List<CompletableFuture<RawHttp.Answer>> sent = IntStream.range(0, clients)
                    .mapToObj(i -> {
                        RawHttp.Call call = http.post("/api/v1/claims",
                                        RawHttp.proposal("A claim six retries race for.", null))
                                .as("contributor").header("Idempotency-Key", key);
                        return CompletableFuture.supplyAsync(() -> {
                            try {
                                start.await();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                            return call.send();
                        }, threads);
                    })
                    .toList();
            answers = sent.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }

        assertThat(http.proposals()).isEqualTo(proposals + 1);
        // Each is the first answer again, or told that the first is still being answered.
        assertThat(answers).map(RawHttp.Answer::status).isSubsetOf(201, 409).contains(201);
        assertThat(answers).filteredOn(answer -> answer.status() == 201)
                .map(answer -> answer.header("Location")).containsOnly(answers.stream()
                        .filter(answer -> answer.status() == 201).findFirst().orElseThrow().header("Location"));
        assertThat(answers).filteredOn(answer -> answer.status() == 409)
                .allSatisfy(answer -> answer.assertProblem(409));
    }

    @Test
    void anExpiredKeyRunsTheRequestAgain() {
        String key = key();
        RawHttp.Answer first = propose("contributor", key, "A claim retried after a day.");
        jdbc.sql("UPDATE idempotency_key SET reserved_at = reserved_at - interval '25 hours' "
                        + "WHERE username = 'contributor' AND idempotency_key = ?")
                .param(key).update();
        long proposals = http.proposals();

        RawHttp.Answer late = propose("contributor", key, "A claim retried after a day.");

        assertThat(late.status()).isEqualTo(201);
        assertThat(late.header("Location")).isNotEqualTo(first.header("Location"));
        assertThat(http.proposals()).isEqualTo(proposals + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "tab\there", ""})
    void aMalformedKeyIsABadRequest(String key) {
        long proposals = http.proposals();
        http.post("/api/v1/claims", RawHttp.proposal("A claim with a garbled key.", null)).as("contributor")
                .header("Idempotency-Key", key).send().assertProblem(400);
        assertThat(http.proposals()).isEqualTo(proposals);
    }

    @Test
    void anOverLongKeyIsABadRequest() {
        aMalformedKeyIsABadRequest("k".repeat(256));
    }
}
