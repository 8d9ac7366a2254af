package org.claimtrail.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What one user can cost (docs/security.md#what-one-user-can-cost): each limit of docs/api.md#limits answered with its
 * own 4xx problem, and nothing changed. On a stack of its own with small limits: a burst of {@value #BURST} writes per
 * user that refills by one an hour, and {@value #EVIDENCE} sources per claim. Each test writes as users of its own, so
 * that one test's writes do not empty another's bucket.
 */
class LimitsTest {

    private static final int BURST = 60;
    private static final int EVIDENCE = 50;

    private static LocalStack stack;
    private static RawHttp http;
    private static JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void start() {
        stack = LocalStack.start(SharedLocalStack.freshSettings(), false,
                "--claimtrail.limits.writes.per-user.capacity=" + BURST,
                "--claimtrail.limits.writes.per-user.refill=1",
                "--claimtrail.limits.writes.per-user.period=1h",
                "--claimtrail.limits.evidence-per-claim=" + EVIDENCE,
                // The demo data is proposed through the API as contributor, whose burst the tests count on.
                "--claimtrail.demo.enabled=false");
        http = new RawHttp(stack);
        jdbc = stack.server().getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    /** Writes as {@code editor}, who writes nowhere else in this class. */
    @Test
    void writesBeyondAUsersBurstAre429WithRetryAfterAndRateLimitAndChangeNothing() {
        // Refused bodies take a token too: the limit is on requests, whatever they ask.
        RawHttp.Answer first = http.post("/api/v1/claims", "{}").as("editor").send().assertProblem(400);
        assertThat(first.header("RateLimit-Policy")).isEqualTo("\"writes\";q=" + BURST + ";w=" + BURST * 3600);
        assertThat(first.header("RateLimit")).startsWith("\"writes\";r=" + (BURST - 1) + ";t=");
        for (int i = 1; i < BURST; i++) {
            http.post("/api/v1/claims", "{}").as("editor").send().assertProblem(400);
        }
        long proposals = http.proposals();

        RawHttp.Answer refused = http.post("/api/v1/claims", RawHttp.proposal("Over the limit " + run, null))
                .as("editor").header("Idempotency-Key", run).send().assertProblem(429, "too-many-writes");

        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(3000L, 3600L);
        assertThat(refused.header("RateLimit")).startsWith("\"writes\";r=0;t=");
        assertThat(refused.header("RateLimit-Policy")).isEqualTo(first.header("RateLimit-Policy"));
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("Writes are limited to 1 per 1h per user, in bursts of up to " + BURST
                        + "; nothing was changed. Try again in " + refused.header("Retry-After") + " s.");
        assertThat(http.proposals()).isEqualTo(proposals);
        // A refusal is not kept as the key's answer: the key is free for the write once the bucket has refilled.
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE username = 'editor' AND idempotency_key = ?")
                .param(run).query(Long.class).single()).isZero();
        // Reads are not writes, and another user's bucket is their own.
        assertThat(http.get("/api/v1/claims").as("editor").send().status()).isEqualTo(200);
        assertThat(http.post("/api/v1/claims", RawHttp.proposal("Another user " + run, null)).as("reviewer2").send()
                .status()).isEqualTo(201);
    }

    /** Writes as {@code contributor} and {@code reviewer1}, within their bursts with the other tests' writes. */
    @Test
    void aClaimTakesSourcesUpToTheLimitThen409EvidenceLimitAndNothingIsAttached() {
        String claim = http.propose("contributor", "Evidence limit " + run);
        for (int i = 1; i < EVIDENCE; i++) {
            RawHttp.Answer attached = http.post("/api/v1/claims/" + claim + "/evidence", RawHttp.evidence("Quote " + i))
                    .as("contributor").send();
            assertThat(attached.status()).as(attached.body()).isEqualTo(200);
            // Each answer holds the claim's sources; the event that added one holds that one alone (ClaimTest).
            assertThat(attached.json().get("sources")).hasSize(1 + i);
        }
        long events = http.eventsOf(claim);

        RawHttp.Answer refused = http.post("/api/v1/claims/" + claim + "/evidence", RawHttp.evidence("One too many"))
                .as("contributor").send().assertProblem(409, "evidence-limit");
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("This claim holds " + EVIDENCE + " sources and may hold at most " + EVIDENCE
                        + "; nothing was attached.");
        // A verdict's evidence joins the claim's sources, so it is held to the same limit.
        http.post("/api/v1/claims/" + claim + "/verdicts", """
                        {"verdict": "CORROBORATE", "rationale": "Seen.", "evidence": [%s]}""".formatted(
                        RawHttp.evidence("In a verdict")))
                .as("reviewer1").send().assertProblem(409, "evidence-limit");
        assertThat(http.eventsOf(claim)).isEqualTo(events);
    }

    /** Writes as {@code reviewer2}. */
    @Test
    void aPropositionIsReadAPageAtATimeWithItsSidesAndUnitsCountedNotPaired() {
        String proposition = "limits-" + run;
        for (String quantity : new String[]{
                "{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"soldiers\"}",
                "{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"troops\"}",
                "{\"value\": 1500, \"qualifier\": \"EXACT\", \"unit\": \"soldiers\"}",
                "{\"value\": 40, \"qualifier\": \"EXACT\", \"unit\": \"missiles\"}"}) {
            assertThat(http.post("/api/v1/claims", """
                            {"statement": "A count on %s.", "proposition": "%s", "quantity": %s,
                             "sources": [{"publisher": "Example News", "url": "https://example.org/count",
                                          "quote": "A count.", "stance": "SUPPORTS"}]}""".formatted(
                            proposition, proposition, quantity))
                    .as("reviewer2").send().status()).isEqualTo(201);
        }

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode second = http.get("/api/v1/propositions/" + proposition + "?page=1&size=3").as("auditor").send()
                    .json();
            assertThat(second.get("total").asLong()).isEqualTo(4);
            assertThat(second.get("claims")).hasSize(1);
            assertThat(second.at("/claims/0/unit").asString()).isEqualTo("missile");
            // Every side and unit on every page, each with how many claims, and no list of pairs of claims.
            assertThat(second.get("sides").findValues("claims")).extracting(JsonNode::asLong).containsExactly(2L, 1L, 1L);
            assertThat(second.get("units").toString())
                    .isEqualTo("[{\"unit\":\"missile\",\"claims\":1},{\"unit\":\"soldier\",\"claims\":3}]");
            assertThat(second.has("incomparable")).isFalse();
        });
        JsonNode first = http.get("/api/v1/propositions/" + proposition + "?size=3").as("auditor").send().json();
        assertThat(first.get("claims")).hasSize(3);
        assertThat(first.get("page").asInt()).isZero();
        // The side conflicts of the page's claims: 3,000 and more against exactly 1,500.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                http.get("/api/v1/propositions/" + proposition + "?size=3").as("auditor").send().json()
                        .get("sideConflicts")).hasSize(1));

        http.get("/api/v1/propositions/" + proposition + "?size=101").as("auditor").send().assertInvalidField("size");
        http.get("/api/v1/propositions/" + proposition + "?page=-1").as("auditor").send().assertInvalidField("page");
    }

    /**
     * Extraction finds an article's duplicates in {@code claim_on_record}, an indexed table of registrations, never in
     * the event store: a registration taken out of that table is no longer found, though the claim's events remain.
     * Writes as {@code contributor} (one proposal) and {@code reviewer1} (extractions).
     */
    @Test
    void extractionReadsTheIndexedTableNotTheEventStore() {
        String place = "zone" + run.replaceAll("[^a-z]", "x");
        String proposition = "soldiers-entered-" + place;
        RawHttp.Answer proposed = http.post("/api/v1/claims",
                Api.proposal("At least 3,000 soldiers entered " + place + ".", proposition)).as("contributor").send();
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String id = proposed.json().get("id").asString();
        String article = """
                {"text": "Officials said that at least 3,000 soldiers have entered %s.",
                 "url": "https://example.org/limits", "publisher": "Example News"}""".formatted(place);

        // Half a second apart, so that the tries stay within reviewer1's burst.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                http.post("/api/v1/extractions", article).as("reviewer1").send().json().at("/candidates/0/duplicates")
                        .toString()).contains(id));
        assertThat(jdbc.sql("SELECT count(*) FROM claim_on_record WHERE claim_id = CAST(? AS uuid)").param(id)
                .query(Long.class).single()).isEqualTo(1);

        jdbc.sql("DELETE FROM claim_on_record WHERE claim_id = CAST(? AS uuid)").param(id).update();

        RawHttp.Answer after = http.post("/api/v1/extractions", article).as("reviewer1").send();
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(after.json().at("/candidates/0/duplicates").toString()).doesNotContain(id);
        assertThat(http.eventsOf(id)).isPositive();
    }
}
