package org.claimtrail.local;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 4 over HTTP: history, as-of, the audit log, the hash chain, ClaimReview and rebuilding the read tables. */
@ExtendWith(SharedLocalStack.class)
class AuditTest {

    private final Api api;
    private final JdbcClient jdbc;
    private final String proposition = "audit-" + UUID.randomUUID().toString().substring(0, 8);

    AuditTest(LocalStack stack) {
        this.api = new Api(stack);
        this.jdbc = stack.server().getBean(JdbcClient.class);
    }

    @Test
    void theHistoryAndTheClaimAtAnyInstantComeFromTheEventStore() {
        // The instants are the server's (each write's stored time), not this test's clock: the server's clock is
        // corrected to PostgreSQL's and may run a millisecond or two ahead, and its answers now take about one.
        Api.Response proposal = proposal("The treaty was ratified in November 2024.", null);
        String id = proposal.json().get("id").asString();
        Instant proposed = storedAt(proposal);
        Instant beforeProposal = proposed.minusMillis(1);
        Instant disputed = storedAt(verdict("reviewer1", id, "DISPUTE", "Unsure of the date."));
        verdict("reviewer1", id, "CORROBORATE", "KCNA confirms the date.");
        Instant corroborated = storedAt(verdict("reviewer2", id, "CORROBORATE", "TASS confirms the date."));
        Api.Response withdrawal = api.delete("reviewer2", "/api/v1/claims/" + id + "/verdicts/mine");
        assertThat(withdrawal.status()).isEqualTo(200);
        Instant withdrawn = storedAt(withdrawal);
        verdict("reviewer2", id, "CORROBORATE", "Checked again.");
        Api.Response reopened = api.post("editor", "/api/v1/claims/" + id + "/reopen",
                "{\"reason\": \"The decree's date is disputed.\"}", Map.of("X-Request-Id", "reopen-" + id));
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.header("X-Request-Id")).isEqualTo("reopen-" + id);

        JsonNode history = api.get("auditor", "/api/v1/claims/" + id + "/history").json();
        assertThat(history.findValuesAsString("type")).containsExactly("ClaimProposed", "VerdictSubmitted",
                "VerdictSubmitted", "VerdictSubmitted", "VerdictWithdrawn", "VerdictSubmitted", "ClaimReopened");
        assertThat(history.findValuesAsString("actor")).containsExactly("contributor", "reviewer1", "reviewer1",
                "reviewer2", "reviewer2", "reviewer2", "editor");
        // The replaced verdict keeps its rationale in the history.
        assertThat(history.at("/1/payload/rationale").asString()).isEqualTo("Unsure of the date.");
        assertThat(history.at("/6/payload/reason").asString()).isEqualTo("The decree's date is disputed.");
        assertThat(history.at("/6/correlationId").asString()).isEqualTo("reopen-" + id);
        assertThat(history.findValuesAsString("correlationId")).doesNotHaveDuplicates();
        assertThat(history.findValuesAsString("hash")).hasSize(7).doesNotHaveDuplicates();

        assertThat(asOf(id, beforeProposal).status()).isEqualTo(404);
        assertThat(asOf(id, proposed).json().get("state").asString()).isEqualTo("PROPOSED");
        JsonNode atDispute = asOf(id, disputed).json();
        assertThat(atDispute.get("state").asString()).isEqualTo("DISPUTED");
        assertThat(atDispute.get("version").asLong()).isEqualTo(1);
        assertThat(atDispute.at("/verdicts/0/verdict").asString()).isEqualTo("DISPUTE");
        assertThat(asOf(id, corroborated).json().get("state").asString()).isEqualTo("CORROBORATED");
        JsonNode atWithdrawal = asOf(id, withdrawn).json();
        assertThat(atWithdrawal.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(atWithdrawal.get("verdicts")).hasSize(1);
        assertThat(asOf(id, storedAt(reopened)).json().get("verdicts")).isEmpty();
    }

    @Test
    void oneRequestsEventsShareItsCorrelationIdAcrossClaims() {
        String high = propose("At least 3,000 soldiers.", "{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"soldiers\"}");
        String low = propose("Exactly 1,500 troops.", "{\"value\": 1500, \"unit\": \"troops\"}");
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() ->
                assertThat(api.get("auditor", "/api/v1/claims/" + high).json().get("state").asString())
                        .isEqualTo("DISPUTED"));

        verdict("reviewer1", low, "DENY", "The NIS revised its count.");
        String requestId = "deny-" + low;
        assertThat(api.post("reviewer2", "/api/v1/claims/" + low + "/verdicts",
                Api.verdict("DENY", "Revised count."), Map.of("X-Request-Id", requestId)).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> {
            assertThat(typesOf(low, requestId)).containsExactly("VerdictSubmitted", "SidesConflictClosed");
            assertThat(typesOf(high, requestId)).containsExactly("SidesConflictClosed");
        });
    }

    @Test
    void theAuditLogAnswersWhoDidWhatAcrossClaims() {
        Instant start = Instant.now();
        String first = propose("The treaty has 23 articles.", null);
        String second = propose("The treaty replaces the 1961 treaty.", null);
        verdict("reviewer2", first, "CORROBORATE", "Text published by KCNA.");
        verdict("reviewer2", second, "DISPUTE", "The 2000 treaty too?");
        assertThat(api.delete("reviewer2", "/api/v1/claims/" + second + "/verdicts/mine").status()).isEqualTo(200);
        Instant end = Instant.now();

        String window = "&from=" + start + "&to=" + end;
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> {
            JsonNode mine = api.get("auditor", "/api/v1/audit?actor=reviewer2" + window).json();
            assertThat(mine.get("total").asLong()).isEqualTo(3);
            // newest first
            assertThat(mine.get("items").findValuesAsString("type"))
                    .containsExactly("VerdictWithdrawn", "VerdictSubmitted", "VerdictSubmitted");
        });
        JsonNode ofSecond = api.get("admin", "/api/v1/audit?claimId=" + second).json();
        assertThat(ofSecond.get("items").findValuesAsString("type"))
                .containsExactly("VerdictWithdrawn", "VerdictSubmitted", "ClaimProposed");
        assertThat(ofSecond.at("/items/1/payload/rationale").asString()).isEqualTo("The 2000 treaty too?");
        assertThat(api.get("auditor", "/api/v1/audit?type=VerdictWithdrawn&actor=reviewer2" + window)
                .json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("auditor", "/api/v1/audit?actor=contributor&size=1" + window)
                .json().get("items")).hasSize(1);
        assertThat(api.get("auditor", "/api/v1/audit?actor=reviewer2&to=" + start).json().get("items")
                .findValuesAsString("claimId")).doesNotContain(first, second);

        assertThat(api.get("reviewer2", "/api/v1/audit").status()).isEqualTo(403);
        assertThat(api.get("editor", "/api/v1/audit").status()).isEqualTo(403);
        assertThat(api.get("auditor", "/api/v1/audit?type=Bogus").status()).isEqualTo(400);
        assertThat(api.get("auditor", "/api/v1/audit?from=yesterday").status()).isEqualTo(400);
        assertThat(api.get("auditor", "/api/v1/audit?size=501").status()).isEqualTo(400);
    }

    @Test
    void anAlteredEventBreaksTheHashChainWhereItWasAltered() {
        String id = propose("Kim signed the ratification decree.", null);
        verdict("reviewer1", id, "CORROBORATE", "Satellite imagery of the ceremony.");
        verdict("reviewer2", id, "CORROBORATE", "KCNA photographs.");

        JsonNode intact = api.get("auditor", "/api/v1/claims/" + id + "/history/verify").json();
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("events").asInt()).isEqualTo(3);

        int altered = jdbc.sql("""
                        UPDATE domainevententry
                        SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Satellite', 'Hearsay'), 'UTF8')
                        WHERE aggregateidentifier = ? AND sequencenumber = 1
                        """).param(id).update();
        assertThat(altered).isEqualTo(1);

        JsonNode broken = api.get("auditor", "/api/v1/claims/" + id + "/history/verify").json();
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.at("/brokenAt/sequence").asLong()).isEqualTo(1);
        assertThat(broken.at("/brokenAt/eventId").asString())
                .isEqualTo(api.get("auditor", "/api/v1/claims/" + id + "/history").json().at("/1/eventId").asString());
        assertThat(api.get("contributor", "/api/v1/claims/" + id + "/history/verify").status()).isEqualTo(403);
    }

    @Test
    void aDecidedClaimIsPublishedAsClaimReviewJsonLd() throws Exception {
        String id = propose("Russia and North Korea signed a treaty on 19 June 2024.", null);
        assertThat(api.get("contributor", "/api/v1/claims/" + id + "/claim-review").status()).isEqualTo(409);
        verdict("reviewer1", id, "CORROBORATE", "Both governments published the text.");
        verdict("reviewer2", id, "CORROBORATE", "Reported by Anadolu and the Global Times.");

        Api.Response review = api.get("contributor", "/api/v1/claims/" + id + "/claim-review");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.contentType()).startsWith("application/ld+json");

        JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(
                        review.raw().body().getBytes(StandardCharsets.UTF_8))))
                .loader(bundledSchemaOrg())
                .get();
        assertThat(expanded).hasSize(1);
        JsonObject claimReview = expanded.getJsonObject(0);
        assertThat(claimReview.getJsonArray("@type").getString(0)).isEqualTo("https://schema.org/ClaimReview");
        assertThat(value(claimReview, "claimReviewed")).isEqualTo("Russia and North Korea signed a treaty on 19 June 2024.");
        assertThat(claimReview.containsKey("https://schema.org/datePublished")).isTrue();
        assertThat(value(node(claimReview, "author"), "name")).isEqualTo("claimtrail");
        JsonObject rating = node(claimReview, "reviewRating");
        assertThat(rating.getJsonArray("@type").getString(0)).isEqualTo("https://schema.org/Rating");
        assertThat(number(rating, "ratingValue")).isEqualTo(5);
        assertThat(number(rating, "bestRating")).isEqualTo(5);
        assertThat(number(rating, "worstRating")).isEqualTo(1);
        assertThat(value(rating, "alternateName")).isEqualTo("True");
        JsonObject claim = node(claimReview, "itemReviewed");
        assertThat(claim.getJsonArray("@type").getString(0)).isEqualTo("https://schema.org/Claim");
        assertThat(value(node(claim, "author"), "name")).isEqualTo("United States government");
        JsonObject appearance = node(claim, "appearance");
        assertThat(appearance.getJsonArray("https://schema.org/url").getJsonObject(0).getString("@id"))
                .isEqualTo("https://example.org/report");
        assertThat(value(node(appearance, "publisher"), "name")).isEqualTo("Example News");
    }

    @Test
    void rebuiltReadTablesEqualTheOnesBuiltLive() {
        String id = propose("A claim for the rebuild.", "{\"value\": 10, \"unit\": \"soldiers\"}");
        propose("Another claim for the rebuild.", "{\"value\": 20, \"unit\": \"soldiers\"}");
        verdict("reviewer1", id, "CORROBORATE", "Seen.");
        awaitCaughtUp();
        List<String> claimsBefore = claimTable();
        List<String> propositionsBefore = propositionTable();
        List<String> auditBefore = auditTable();
        List<String> statementsBefore = statementTable();
        assertThat(statementsBefore).contains(id + "A claim for the rebuild.");
        // Damage the tables, as a faulty deployment might: the rebuild must come from the events alone.
        jdbc.sql("UPDATE claim_view SET state = 'DENIED', document = jsonb_set(document::jsonb, '{state}', '\"DENIED\"')::json"
                + " WHERE claim_id = CAST(? AS uuid)").param(id).update();
        jdbc.sql("DELETE FROM proposition_claim WHERE proposition = ?").param(proposition).update();
        jdbc.sql("DELETE FROM audit_entry WHERE claim_id = CAST(? AS uuid)").param(id).update();
        jdbc.sql("DELETE FROM claim_statement WHERE claim_id = CAST(? AS uuid)").param(id).update();
        assertThat(claimTable()).isNotEqualTo(claimsBefore);

        Api.Response started = api.post("admin", "/api/v1/admin/projections/claims/rebuild", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("name").asString()).isEqualTo("claims");
        // A second rebuild while the first replays stops that one and starts over.
        assertThat(api.post("admin", "/api/v1/admin/projections/claims/rebuild", "").status()).isEqualTo(202);
        // The server keeps answering while the tables fill again.
        assertThat(api.get("contributor", "/api/v1/claims/" + id).status()).isEqualTo(200);
        awaitCaughtUp();

        assertThat(claimTable()).isEqualTo(claimsBefore);
        assertThat(propositionTable()).isEqualTo(propositionsBefore);
        assertThat(auditTable()).isEqualTo(auditBefore);
        assertThat(statementTable()).isEqualTo(statementsBefore);
        assertThat(api.post("auditor", "/api/v1/admin/projections/claims/rebuild", "").status()).isEqualTo(403);
        assertThat(api.post("admin", "/api/v1/admin/projections/kafka-relay/rebuild", "").status()).isEqualTo(404);
    }

    /** Waits until the read model has every stored event and no event arrived for a moment. */
    private void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            JsonNode status = api.get("admin", "/api/v1/admin/projections").json().get(0);
            assertThat(status.get("rebuilding").asBoolean()).isFalse();
            assertThat(status.get("position").asLong()).isEqualTo(status.get("head").asLong());
            Thread.sleep(1000);
            assertThat(api.get("admin", "/api/v1/admin/projections").json().at("/0/head").asLong())
                    .isEqualTo(status.get("head").asLong());
        });
    }

    private List<String> claimTable() {
        return jdbc.sql("SELECT claim_id || state || version || document::text FROM claim_view ORDER BY claim_id")
                .query(String.class).list();
    }

    private List<String> statementTable() {
        return jdbc.sql("SELECT claim_id || statement FROM claim_statement ORDER BY claim_id").query(String.class).list();
    }

    private List<String> propositionTable() {
        return jdbc.sql("SELECT proposition || claim_id || coalesce(unit, '') FROM proposition_claim ORDER BY 1")
                .query(String.class).list();
    }

    private List<String> auditTable() {
        return jdbc.sql("SELECT event_id || coalesce(actor, '') || occurred_at || payload::text FROM audit_entry ORDER BY 1")
                .query(String.class).list();
    }

    private List<String> typesOf(String claim, String requestId) {
        List<String> types = new java.util.ArrayList<>();
        for (JsonNode entry : api.get("auditor", "/api/v1/claims/" + claim + "/history").json()) {
            if (requestId.equals(entry.get("correlationId").asString())) {
                types.add(entry.get("type").asString());
            }
        }
        return types;
    }

    private Api.Response asOf(String id, Instant instant) {
        return api.get("auditor", "/api/v1/claims/" + id + "?asOf=" + instant);
    }

    private String propose(String statement, String quantity) {
        return proposal(statement, quantity).json().get("id").asString();
    }

    private Api.Response proposal(String statement, String quantity) {
        String body = Api.proposal(statement, proposition).replace(
                "{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"soldiers\"}", quantity == null ? "null" : quantity);
        Api.Response response = api.post("contributor", "/api/v1/claims", body);
        assertThat(response.status()).isEqualTo(201);
        return response;
    }

    private Api.Response verdict(String reviewer, String claim, String verdict, String rationale) {
        Api.Response response = api.post(reviewer, "/api/v1/claims/" + claim + "/verdicts", Api.verdict(verdict, rationale));
        assertThat(response.status()).isEqualTo(200);
        return response;
    }

    /** When the write's last event was stored, as the claim it answered with says. */
    private static Instant storedAt(Api.Response write) {
        return Instant.parse(write.json().get("updatedAt").asString());
    }

    /** The schema.org context, bundled so that the test reads the review offline, as a crawler would online. */
    private static DocumentLoader bundledSchemaOrg() {
        return (url, options) -> {
            if (!url.getHost().equals("schema.org")) {
                throw new IllegalArgumentException("Only schema.org is bundled, not " + url);
            }
            try (InputStream context = AuditTest.class.getResourceAsStream("/jsonld/schema.org.jsonld")) {
                return JsonDocument.of(context);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private static JsonObject node(JsonObject object, String property) {
        return object.getJsonArray("https://schema.org/" + property).getJsonObject(0);
    }

    private static String value(JsonObject object, String property) {
        return node(object, property).getString("@value");
    }

    private static int number(JsonObject object, String property) {
        return node(object, property).getJsonNumber("@value").intValue();
    }
}
