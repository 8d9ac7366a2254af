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
            before = propose(new Api(stack), "A claim that outlives its server.", 3000);
            await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.read(stack, before, 1).size() == 1);
        }

        try (LocalStack stack = LocalStack.start(settings)) {
            Api api = new Api(stack);
            Api.Response claim = api.get("contributor", "/api/v1/claims/" + before);
            assertThat(claim.status()).isEqualTo(200);
            assertThat(claim.json().get("statement").asString()).isEqualTo("A claim that outlives its server.");
            // The demo data (15 claims) was loaded on the first start only: with this test's claim, 16 in all.
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                    assertThat(api.get("auditor", "/api/v1/claims?size=1").json().get("total").asLong()).isEqualTo(16));

            // The proposition is rebuilt from its events: a claim after the restart still meets the one before it.
            String after = propose(api, "A claim made after the restart.", 1500);
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() ->
                    assertThat(api.get("contributor", "/api/v1/claims?proposition=restart")
                            .json().get("total").asLong()).isEqualTo(2));
            await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> {
                Api.Response view = api.get("contributor", "/api/v1/claims/" + before);
                assertThat(view.json().get("state").asString()).isEqualTo("DISPUTED");
                assertThat(view.json().at("/conflicts/0/sides/items/0/quantity").asString()).isEqualTo("exactly 1,500 soldiers");
            });
            assertThat(TopicReader.read(stack, before, 2)).hasSize(2);
            assertThat(TopicReader.read(stack, after, 2)).hasSize(2);
        }
    }

    private static String propose(Api api, String statement, int soldiers) {
        Api.Response proposed = api.post("contributor", "/api/v1/claims", Api.proposal(statement, "restart")
                .replace("\"value\": 3000, \"qualifier\": \"AT_LEAST\"", "\"value\": " + soldiers));
        assertThat(proposed.status()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }
}
