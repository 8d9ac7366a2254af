package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 3 over HTTP: claims that cannot both be true find each other, and reviewers settle them. */
@ExtendWith(SharedLocalStack.class)
class ConflictsTest {

    private final Api api;
    private final String proposition = "conflicts-" + UUID.randomUUID().toString().substring(0, 8);

    ConflictsTest(LocalStack stack) {
        this.api = new Api(stack);
    }

    @Test
    void disjointQuantitiesDisputeEachOtherUntilOneIsDenied() {
        String us = propose("At least 3,000 soldiers entered Russia.", "{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"soldiers\"}");
        String nis = propose("1,500 troops were sent.", "{\"value\": 1500, \"qualifier\": \"EXACT\", \"unit\": \"Troops\"}");
        String battalions = propose("Two battalions were sent.", "{\"value\": 2, \"unit\": \"battalions\"}");

        // One conflict with the sides that disagree, which the claim lists as its proposition has them now.
        awaitClaim(us, claim -> {
            assertThat(state(claim)).isEqualTo("DISPUTED");
            assertThat(claim.get("conflicts")).hasSize(1);
            assertThat(claim.at("/conflicts/0/claimId").isNull()).isTrue();
            assertThat(claim.at("/conflicts/0/side").isNull()).isTrue();
            assertThat(claim.at("/conflicts/0/open").asBoolean()).isTrue();
            assertThat(claim.at("/conflicts/0/reason").asString())
                    .isEqualTo("at least 3,000 soldiers vs exactly 1,500 Troops");
            assertThat(claim.at("/conflicts/0/sides/total").asInt()).isEqualTo(1);
            assertThat(claim.at("/conflicts/0/sides/items")).hasSize(1);
            assertThat(claim.at("/conflicts/0/sides/items/0/proposition").asString()).isEqualTo(proposition);
            assertThat(claim.at("/conflicts/0/sides/items/0/quantity").asString()).isEqualTo("exactly 1,500 Troops");
        });
        awaitClaim(nis, claim -> {
            assertThat(state(claim)).isEqualTo("DISPUTED");
            assertThat(claim.at("/conflicts/0/sides/items/0/quantity").asString()).isEqualTo("at least 3,000 soldiers");
        });
        // The claim its write answers, as every writer and subscriber sees it, names no sides: they change apart.
        assertThat(api.post("contributor", "/api/v1/claims/" + us + "/evidence", """
                {"publisher": "P", "url": "https://example.org/p", "quote": "Q.", "stance": "SUPPORTS"}
                """).json().at("/conflicts/0").has("sides")).isFalse();

        // The proposition view reads the read tables, which follow the event store a moment later.
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> {
            JsonNode view = api.get("contributor", "/api/v1/propositions/" + proposition).json();
            assertThat(view.get("claims")).hasSize(3);
            assertThat(view.at("/claims/0/quantity/lower").asInt()).isEqualTo(3000);
            assertThat(view.at("/claims/0/quantity/upper").isNull()).isTrue();
            assertThat(view.get("sides")).hasSize(3);
            assertThat(view.get("sides").findValues("claims")).extracting(JsonNode::asLong).containsOnly(1L);
            assertThat(view.get("sideConflicts")).hasSize(1);
            // Sides are numbered as the policy registers claims, segment by segment: proposals a moment apart may swap.
            assertThat(List.of(view.at("/sideConflicts/0/side").asInt(), view.at("/sideConflicts/0/withSide").asInt()))
                    .containsExactlyInAnyOrder(sideOf(view, us), sideOf(view, nis));
            assertThat(view.at("/sideConflicts/0/open").asBoolean()).isTrue();
            assertThat(view.get("conflicts")).isEmpty();
            // Claims in different units are never compared: the view counts them per unit.
            assertThat(view.get("units").findValuesAsString("unit")).containsExactly("battalion", "soldier");
        });
        assertThat(state(api.get("contributor", "/api/v1/claims/" + battalions).json())).isEqualTo("PROPOSED");

        verdict("reviewer1", nis, "DENY");
        assertThat(state(verdict("reviewer2", nis, "DENY"))).isEqualTo("DENIED");
        awaitClaim(us, claim -> {
            assertThat(state(claim)).isEqualTo("PROPOSED");
            assertThat(claim.at("/conflicts/0/open").asBoolean()).isFalse();
            assertThat(claim.at("/conflicts/0/sides/total").asInt()).isZero();
        });
        awaitClaim(nis, claim -> assertThat(claim.at("/conflicts/0/open").asBoolean()).isFalse());

        // reviewer2 takes the denial back: the claims can no longer both be true, so the conflict opens again.
        Api.Response withdrawn = api.delete("reviewer2", "/api/v1/claims/" + nis + "/verdicts/mine");
        assertThat(withdrawn.status()).isEqualTo(200);
        awaitClaim(us, claim -> {
            assertThat(state(claim)).isEqualTo("DISPUTED");
            assertThat(claim.at("/conflicts/0/open").asBoolean()).isTrue();
        });
        awaitClaim(nis, claim -> {
            assertThat(state(claim)).isEqualTo("DISPUTED");
            assertThat(claim.get("verdicts")).hasSize(1);
        });
    }

    /**
     * The policy mirrors a claim's own closing onto the other claim, never a closing it mirrored itself: otherwise a
     * denial taken back before the policy caught up made the two claims close and reopen each other for ever.
     */
    @Test
    void aDenialTakenBackAtOnceLeavesTheConflictOpenAndTheStreamsAtRest() {
        String us = propose("At least 3,000 soldiers are there.", "{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"soldiers\"}");
        String nis = propose("1,500 troops are there.", "{\"value\": 1500, \"qualifier\": \"EXACT\", \"unit\": \"troops\"}");
        awaitClaim(nis, claim -> assertThat(claim.at("/conflicts/0/open").asBoolean()).isTrue());

        verdict("reviewer1", nis, "DENY");
        assertThat(state(verdict("reviewer2", nis, "DENY"))).isEqualTo("DENIED");
        assertThat(api.delete("reviewer2", "/api/v1/claims/" + nis + "/verdicts/mine").status()).isEqualTo(200);

        for (String claim : new String[]{us, nis}) {
            awaitClaim(claim, view -> {
                assertThat(state(view)).isEqualTo("DISPUTED");
                assertThat(view.at("/conflicts/0/open").asBoolean()).isTrue();
            });
        }
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(20)).until(() -> {
            long before = eventsOf(us) + eventsOf(nis);
            Thread.sleep(3_000);
            return eventsOf(us) + eventsOf(nis) == before;
        });
    }

    private long eventsOf(String claim) {
        return api.get("auditor", "/api/v1/claims/" + claim + "/history").json().size();
    }

    @Test
    void reviewersLinkClaimsWithoutNumbersByHand() {
        String claim = propose("North Korea has sent troops to Russia.", null);
        String denial = propose("North Korea denies sending troops.", null);

        Api.Response linked = api.post("reviewer1", "/api/v1/claims/" + claim + "/conflicts",
                "{\"withClaimId\": \"" + denial + "\", \"reason\": \"The denial contradicts the report.\"}");
        assertThat(linked.status()).isEqualTo(200);
        assertThat(state(linked.json())).isEqualTo("DISPUTED");
        awaitClaim(denial, view -> {
            assertThat(state(view)).isEqualTo("DISPUTED");
            assertThat(view.at("/conflicts/0/claimId").asString()).isEqualTo(claim);
            assertThat(view.at("/conflicts/0/reason").asString()).isEqualTo("The denial contradicts the report.");
        });

        assertThat(api.post("contributor", "/api/v1/claims/" + claim + "/conflicts",
                "{\"withClaimId\": \"" + denial + "\", \"reason\": \"r\"}").status()).isEqualTo(403);
        assertThat(api.post("editor", "/api/v1/claims/" + claim + "/conflicts",
                "{\"withClaimId\": \"" + claim + "\", \"reason\": \"r\"}").status()).isEqualTo(400);
        assertThat(api.post("editor", "/api/v1/claims/" + claim + "/conflicts",
                "{\"withClaimId\": \"" + UUID.randomUUID() + "\", \"reason\": \"r\"}").status()).isEqualTo(400);
    }

    @Test
    void editorsReopenDecidedClaimsOnly() {
        String claim = propose("The treaty has 23 articles.", "{\"value\": 23, \"unit\": \"articles\"}");
        Api.Response reopenUndecided = api.post("editor", "/api/v1/claims/" + claim + "/reopen", "{\"reason\": \"r\"}");
        assertThat(reopenUndecided.status()).isEqualTo(409);

        verdict("reviewer1", claim, "CORROBORATE");
        assertThat(state(verdict("reviewer2", claim, "CORROBORATE"))).isEqualTo("CORROBORATED");
        assertThat(api.post("reviewer1", "/api/v1/claims/" + claim + "/reopen", "{\"reason\": \"r\"}").status())
                .isEqualTo(403);

        Api.Response reopened = api.post("editor", "/api/v1/claims/" + claim + "/reopen",
                "{\"reason\": \"The published text has 24 articles.\"}");
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(state(reopened.json())).isEqualTo("PROPOSED");
        assertThat(reopened.json().get("verdicts")).isEmpty();
    }

    @Test
    void evidenceShowsUnderSourcesWithItsStance() {
        String claim = propose("North Korea has sent troops to Russia.", null);
        Api.Response attached = api.post("contributor", "/api/v1/claims/" + claim + "/evidence", """
                {"publisher": "KCNA", "url": "https://example.org/kcna", "title": "Statement",
                 "quote": "Reports of troops are groundless.", "publishedAt": "2024-10-25", "stance": "CONTRADICTS"}
                """);
        assertThat(attached.status()).isEqualTo(200);
        assertThat(attached.json().get("sources")).hasSize(2);
        assertThat(attached.json().at("/sources/1/stance").asString()).isEqualTo("CONTRADICTS");
        assertThat(api.post("auditor", "/api/v1/claims/" + claim + "/evidence", "{}").status()).isEqualTo(403);
        assertThat(api.post("contributor", "/api/v1/claims/" + claim + "/evidence",
                "{\"publisher\": \"P\", \"url\": \"javascript:alert(1)\", \"quote\": \"Q\", \"stance\": \"SUPPORTS\"}")
                .status()).isEqualTo(400);
    }

    @Test
    void claimsProposedAtTheSameMomentStillMeet() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<String>> proposals = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String quantity = "{\"value\": " + (i % 2 == 0 ? 100 : 200) + ", \"unit\": \"soldiers\"}";
                int n = i;
                proposals.add(CompletableFuture.supplyAsync(() -> propose("Concurrent claim " + n + ".", quantity), pool));
            }
            for (CompletableFuture<String> proposal : proposals) {
                proposal.get();
            }
        } finally {
            pool.shutdown();
        }
        // The three claims of 100 make one side, the three of 200 the other, and the two sides conflict.
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            JsonNode view = api.get("contributor", "/api/v1/propositions/" + proposition).json();
            assertThat(view.get("sides")).hasSize(2);
            assertThat(view.at("/sides/0/claims").asLong()).isEqualTo(3);
            assertThat(view.get("sideConflicts")).hasSize(1);
            assertThat(view.get("claims").findValuesAsString("state")).containsOnly("DISPUTED");
        });
    }

    /**
     * A claim conflicts with the other side as a whole: joining a crowded proposition appends one link to the new
     * claim and nothing to the claims already there, and the side stops disputing the others only when its last
     * claim standing is denied (docs/architecture.md, rule 5), and disputes them again when that denial is taken back.
     */
    @Test
    void aCrowdedSideFallsWithItsLastStandingClaim() {
        String us = "{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"soldiers\"}";
        String nis = "{\"value\": 1500, \"unit\": \"troops\"}";
        List<String> high = new ArrayList<>();
        List<String> low = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            high.add(propose("At least 3,000, report " + i + ".", us));
            low.add(propose("1,500, report " + i + ".", nis));
        }
        for (String claim : concat(high, low)) {
            awaitClaim(claim, view -> {
                assertThat(state(view)).isEqualTo("DISPUTED");
                assertThat(view.get("conflicts")).hasSize(1);
            });
            // The proposal and one link: the crowd adds nothing to a claim's own stream.
            assertThat(eventsOf(claim)).isEqualTo(2);
        }

        for (String claim : high.subList(0, high.size() - 1)) {
            verdict("reviewer1", claim, "DENY");
            assertThat(state(verdict("reviewer2", claim, "DENY"))).isEqualTo("DENIED");
        }
        String last = high.get(high.size() - 1);
        verdict("reviewer1", last, "DENY");
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(low).allSatisfy(claim -> assertThat(state(api.get("contributor", "/api/v1/claims/" + claim)
                        .json())).isEqualTo("DISPUTED")));

        assertThat(state(verdict("reviewer2", last, "DENY"))).isEqualTo("DENIED");
        for (String claim : low) {
            awaitClaim(claim, view -> {
                assertThat(state(view)).isEqualTo("PROPOSED");
                assertThat(view.at("/conflicts/0/open").asBoolean()).isFalse();
            });
        }

        assertThat(api.delete("reviewer2", "/api/v1/claims/" + last + "/verdicts/mine").status()).isEqualTo(200);
        for (String claim : low) {
            awaitClaim(claim, view -> assertThat(view.at("/conflicts/0/open").asBoolean()).isTrue());
        }
        awaitClaim(last, view -> assertThat(state(view)).isEqualTo("DISPUTED"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Issue 27: a proposition with many distinct counts costs a new claim a few events, not one per side, and every
     * claim still lists the sides it disagrees with.
     */
    @Test
    void aClaimAmongManyDistinctCountsHoldsOneConflictAndListsEverySideAgainstIt() {
        List<String> claims = new ArrayList<>();
        for (int count = 1; count <= 12; count++) {
            claims.add(propose("Exactly " + count + " soldiers.", "{\"value\": " + count + ", \"unit\": \"soldiers\"}"));
        }
        for (String claim : claims) {
            awaitClaim(claim, view -> {
                assertThat(state(view)).isEqualTo("DISPUTED");
                assertThat(view.get("conflicts")).hasSize(1);
                assertThat(view.at("/conflicts/0/sides/total").asInt()).isEqualTo(11);
            });
            assertThat(eventsOf(claim)).isEqualTo(2);
        }
        JsonNode last = api.get("contributor", "/api/v1/claims/" + claims.get(11)).json();
        assertThat(last.at("/conflicts/0/sides/items").findValuesAsString("quantity")).hasSize(11)
                .contains("exactly 1 soldiers").doesNotContain("exactly 12 soldiers");
    }

    @Test
    void badQuantitiesNameTheField() {
        for (String quantity : List.of(
                "{\"lower\": 5, \"upper\": 1, \"unit\": \"x\"}",
                "{\"value\": 1, \"qualifier\": \"SOME\", \"unit\": \"x\"}",
                "{\"value\": \"NaN\", \"unit\": \"x\"}",
                "{\"value\": 1e400, \"unit\": \"x\"}",
                "{\"value\": 1, \"unit\": \"\"}",
                "{\"value\": 1}",
                "{\"lower\": 1, \"unit\": \"x\"}")) {
            Api.Response response = api.post("contributor", "/api/v1/claims", Api.proposal("S", proposition)
                    .replace("{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"soldiers\"}", quantity));
            assertThat(response.status()).as(quantity).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("contributor", "/api/v1/propositions/Not_A_Slug").status()).isEqualTo(400);
        assertThat(api.get("contributor", "/api/v1/propositions/no-such-proposition-here").status()).isEqualTo(404);
    }

    private String propose(String statement, String quantity) {
        String body = Api.proposal(statement, proposition).replace(
                "{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"soldiers\"}", quantity == null ? "null" : quantity);
        Api.Response response = api.post("contributor", "/api/v1/claims", body);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private JsonNode verdict(String reviewer, String claim, String verdict) {
        Api.Response response = api.post(reviewer, "/api/v1/claims/" + claim + "/verdicts", Api.verdict(verdict, "checked"));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    /** Waits until the claim, as the read table has it, satisfies the assertions. */
    private void awaitClaim(String id, Consumer<JsonNode> assertions) {
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() ->
                assertions.accept(api.get("contributor", "/api/v1/claims/" + id).json()));
    }

    private static String state(JsonNode claim) {
        return claim.get("state").asString();
    }

    /** The number of the side {@code claim} joined, as the proposition view lists its claims. */
    private static int sideOf(JsonNode proposition, String claim) {
        for (JsonNode entry : proposition.get("claims")) {
            if (entry.get("id").asString().equals(claim)) {
                return entry.get("side").asInt();
            }
        }
        throw new AssertionError(claim + " is not among the proposition's claims");
    }
}
