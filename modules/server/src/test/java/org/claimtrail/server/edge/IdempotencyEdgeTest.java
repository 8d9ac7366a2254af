package org.claimtrail.server.edge;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A POST with an Idempotency-Key is safe to retry (docs/api.md#changing-a-claim-safely-if-match-and-idempotency-key). */
class IdempotencyEdgeTest extends EdgeTest {

    private static final String NOTES = "/api/v1/edge/notes";

    @Autowired
    JdbcClient jdbc;

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aRepeatGetsTheFirstAnswerAgainWithoutRunningTheHandler() {
        String key = key();
        Answer first = post(NOTES, "contributor", NOTE, "Idempotency-Key", key);
        int runs = controller.calls("write");

        Answer repeat = post(NOTES, "contributor", NOTE, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("ETag")).isEqualTo(first.header("ETag")).isNotNull();
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location")).isNotNull();
        assertThat(repeat.header("Content-Type")).startsWith("application/json");
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(controller.calls("write")).isEqualTo(runs);
    }

    @Test
    void theAnswerIsKeptInPostgresUnderTheUserAndKey() {
        String key = key();
        post(NOTES, "reviewer", NOTE, "Idempotency-Key", key);

        assertThat(jdbc.sql("SELECT status FROM idempotency_key WHERE username = ? AND idempotency_key = ?")
                .params("reviewer", key).query(Integer.class).list()).containsExactly(201);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndRunsNothing() {
        String key = key();
        post(NOTES, "contributor", NOTE, "Idempotency-Key", key);
        int runs = controller.calls("write");

        Answer other = post(NOTES, "contributor", "{\"text\": \"another note\", \"count\": 1}", "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problem()).isEqualTo("idempotency-key-reused");
        assertThat(controller.calls("write")).isEqualTo(runs);
    }

    @Test
    void theSameKeyOnAnotherPathIs422() {
        String key = key();
        post(NOTES, "contributor", NOTE, "Idempotency-Key", key);

        Answer other = post(NOTES + "?page=1", "contributor", NOTE, "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problem()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void aKeyIsTheUsersOwn() {
        String key = key();
        post(NOTES, "contributor", NOTE, "Idempotency-Key", key);
        int runs = controller.calls("write");

        Answer another = post(NOTES, "reviewer", NOTE, "Idempotency-Key", key);

        assertThat(another.status()).isEqualTo(201);
        assertThat(another.header("Idempotent-Replayed")).isNull();
        assertThat(controller.calls("write")).isEqualTo(runs + 1);
    }

    @Test
    void aKeyThatIsNotOneTo255VisibleAsciiCharactersIs400() {
        int runs = controller.calls("write");

        Answer tooLong = post(NOTES, "contributor", NOTE, "Idempotency-Key", "k".repeat(256));
        Answer notVisible = post(NOTES, "contributor", NOTE, "Idempotency-Key", "a key");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.problem()).isEqualTo("invalid-idempotency-key");
        assertThat(notVisible.problem()).isEqualTo("invalid-idempotency-key");
        assertThat(controller.calls("write")).isEqualTo(runs);
    }

    @Test
    void aRefusalUnder500IsKeptAndRepeated() {
        String key = key();
        Answer first = post(NOTES, "contributor", "{\"text\": 42, \"count\": 1}", "Idempotency-Key", key);

        Answer repeat = post(NOTES, "contributor", "{\"text\": 42, \"count\": 1}", "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(400);
        assertThat(repeat.status()).isEqualTo(400);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aFailedAnswerIsNotKeptSoTheRetryRuns() {
        String key = key();
        int runs = controller.calls("fail");

        Answer first = post("/api/v1/edge/failing", "contributor", NOTE, "Idempotency-Key", key);
        Answer retry = post("/api/v1/edge/failing", "contributor", NOTE, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(500);
        assertThat(retry.status()).isEqualTo(500);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(controller.calls("fail")).isEqualTo(runs + 2);
    }

    @Test
    void aRepeatWhileTheFirstIsStillAnsweredIs409() throws Exception {
        String key = key();
        controller.started = new CountDownLatch(1);
        controller.release = new CountDownLatch(1);
        CompletableFuture<Answer> first = postLater("/api/v1/edge/slow", "contributor", NOTE, "Idempotency-Key", key);
        assertThat(controller.started.await(10, TimeUnit.SECONDS)).isTrue();

        Answer repeat = post("/api/v1/edge/slow", "contributor", NOTE, "Idempotency-Key", key);
        controller.release.countDown();

        assertThat(repeat.status()).isEqualTo(409);
        assertThat(repeat.problem()).isEqualTo("idempotency-key-in-flight");
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(controller.calls("slow")).isEqualTo(1);
    }

    @Test
    void aPostWithoutAKeyRunsEachTime() {
        int runs = controller.calls("write");

        post(NOTES, "contributor", NOTE);
        post(NOTES, "contributor", NOTE);

        assertThat(controller.calls("write")).isEqualTo(runs + 2);
    }
}
