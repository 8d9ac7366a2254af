package org.claimtrail.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 27: one user cannot grow a proposition without bound. Its caps on claims and on sides (distinct quantities)
 * refuse a proposal at once, over HTTP, with a problem, and nothing of it is stored. On a stack of its own, with caps
 * small enough to reach.
 */
class PropositionLimitsTest {

    private static final String AT_LEAST_3000 = "{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"soldiers\"}";

    private static LocalStack stack;
    private static Api api;

    @BeforeAll
    static void start() {
        stack = LocalStack.start(SharedLocalStack.freshSettings(), false,
                "--claimtrail.limits.claims-per-proposition=5", "--claimtrail.limits.sides-per-proposition=3");
        api = new Api(stack);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void aPropositionRefusesASideBeyondItsCapAndAClaimBeyondItsCap() {
        String proposition = "capped";
        for (int count : new int[]{100, 200, 300}) {
            assertThat(propose(proposition, "{\"value\": " + count + ", \"unit\": \"soldiers\"}").status())
                    .isEqualTo(201);
        }

        Api.Response fourthSide = propose(proposition, "{\"value\": 400, \"unit\": \"soldiers\"}");
        assertThat(fourthSide.status()).isEqualTo(409);
        assertThat(fourthSide.contentType()).startsWith("application/problem+json");
        assertThat(fourthSide.json().get("type").asString()).isEqualTo("urn:claimtrail:problem:proposition-full");
        assertThat(fourthSide.json().get("detail").asString()).contains("has 3 sides")
                .contains("claimtrail.limits.sides-per-proposition");

        // A count a side states already, and a claim without a number, add no side.
        assertThat(propose(proposition, "{\"value\": 200.0, \"unit\": \"troops\"}").status()).isEqualTo(201);
        assertThat(propose(proposition, null).status()).isEqualTo(201);

        Api.Response sixthClaim = propose(proposition, "{\"value\": 100, \"unit\": \"soldiers\"}");
        assertThat(sixthClaim.status()).isEqualTo(409);
        assertThat(sixthClaim.json().get("type").asString()).isEqualTo("urn:claimtrail:problem:proposition-full");
        assertThat(sixthClaim.json().get("detail").asString()).contains("holds 5 claims")
                .contains("claimtrail.limits.claims-per-proposition");
        // The five taken, and not one of those refused, ever reach the read table.
        await().atMost(Duration.ofSeconds(15)).until(() -> claimsOn(proposition) == 5);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> claimsOn(proposition) == 5);

        // Other propositions, and claims on none, are not held back.
        assertThat(propose("another-question", AT_LEAST_3000).status()).isEqualTo(201);
        assertThat(api.post("contributor", "/api/v1/claims", Api.proposal("No proposition.", "x")
                .replace("\"proposition\": \"x\",", "")).status()).isEqualTo(201);
    }

    private static Api.Response propose(String proposition, String quantity) {
        return api.post("contributor", "/api/v1/claims", Api.proposal("A count.", proposition)
                .replace(AT_LEAST_3000, quantity == null ? "null" : quantity));
    }

    private static long claimsOn(String proposition) {
        return api.get("auditor", "/api/v1/claims?proposition=" + proposition).json().get("total").asLong();
    }
}
