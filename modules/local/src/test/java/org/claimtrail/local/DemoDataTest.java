package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A new user's first start: the corpus's claims are there, and the 3,000 vs 1,500 dispute with them. */
@ExtendWith(SharedLocalStack.class)
class DemoDataTest {

    @Test
    void theTroopCountsOfTheUsAndTheNisDisputeEachOther(LocalStack stack) {
        Api api = new Api(stack);
        JsonNode demo = api.get("auditor", "/api/v1/claims?q=North%20Korean&size=100").json();
        assertThat(demo.get("total").asLong()).isPositive();

        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            JsonNode troops = api.get("auditor", "/api/v1/propositions/dprk-troops-in-russia-2024").json();
            assertThat(troops.get("sideConflicts")).hasSize(1);
            assertThat(troops.at("/sideConflicts/0/open").asBoolean()).isTrue();
            assertThat(troops.at("/sideConflicts/0/reason").asString())
                    .contains("at least 3,000 soldiers").contains("exactly 1,500 troops");
            for (JsonNode claim : troops.get("claims")) {
                if (claim.get("quantity").isObject()) {
                    assertThat(claim.get("state").asString()).isEqualTo("DISPUTED");
                    assertThat(claim.get("unit").asString()).isEqualTo("soldier");
                }
            }
        });
    }

    @Test
    void everyDemoClaimWentThroughTheCommandsAsTheDemoContributor(LocalStack stack) {
        // The demo claims are the stack's first: oldest first, however many claims other tests have proposed since.
        JsonNode all = new Api(stack).get("auditor", "/api/v1/claims?size=100&sort=oldest").json();
        long demoClaims = 0;
        for (JsonNode claim : all.get("items")) {
            if (claim.at("/sources/0/url").asString().startsWith("https://example.org/corpus/")) {
                demoClaims++;
                assertThat(claim.get("proposedBy").asString()).isEqualTo("contributor");
            }
        }
        assertThat(demoClaims).isEqualTo(15);
    }
}
