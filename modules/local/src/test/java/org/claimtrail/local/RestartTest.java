package org.claimtrail.local;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local stack keeps PostgreSQL's and Kafka's data in its data directory: what was proposed before a restart is
 * there after it, on the read side and on the topic, and the event processors carry on from their stored tokens.
 */
class RestartTest {

    @Test
    void claimsAndTheirMessagesSurviveARestart() {
        LocalSettings settings = SharedLocalStack.freshSettings();
        String before;
        try (LocalStack stack = LocalStack.start(settings)) {
            before = propose(new Api(stack), "A claim that outlives its server.");
            await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.read(stack, before, 1).size() == 1);
        }

        try (LocalStack stack = LocalStack.start(settings)) {
            Api api = new Api(stack);
            Api.Response claim = api.get("contributor", "/api/v1/claims/" + before);
            assertThat(claim.status()).isEqualTo(200);
            assertThat(claim.json().get("statement").asString()).isEqualTo("A claim that outlives its server.");

            String after = propose(api, "A claim made after the restart.");
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                    assertThat(api.get("contributor", "/api/v1/claims?proposition=restart")
                            .json().get("total").asLong()).isEqualTo(2));
            assertThat(TopicReader.read(stack, before, 1)).hasSize(1);
            assertThat(TopicReader.read(stack, after, 1)).hasSize(1);
        }
    }

    private static String propose(Api api, String statement) {
        Api.Response proposed = api.post("contributor", "/api/v1/claims", Api.proposal(statement, "restart"));
        assertThat(proposed.status()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }
}
