package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 13 end to end: an article in, candidates out, accepted candidates proposed as claims and kept on record. */
@ExtendWith(SharedLocalStack.class)
class ExtractionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ARTICLE = "Seoul says the deployment is growing. South Korea's spy agency said that "
            + "as many as 12,000 North Korean construction workers had been sent to Russia. The two countries signed "
            + "the treaty on June 19, 2024, and Article 4 covers mutual defence.";

    private final Api api;
    /** A word of this run's own, so that the proposition suggested is this run's whatever else is on record. */
    private final String place = "zone" + randomLetters(6);

    ExtractionTest(LocalStack stack) {
        this.api = new Api(stack);
    }

    @Test
    void anArticleGivesCandidatesThatBecomeClaimsOnRecord() {
        Api.Response extracted = api.post("contributor", "/api/v1/extractions", article(ARTICLE));
        assertThat(extracted.status()).isEqualTo(200);
        JsonNode extraction = extracted.json();
        assertThat(extraction.get("language").asString()).isEqualTo("eng");
        assertThat(extraction.get("candidates")).hasSize(1);
        JsonNode candidate = extraction.get("candidates").get(0);
        assertThat(candidate.at("/quantity/qualifier").asString()).isEqualTo("AT_MOST");
        assertThat(candidate.at("/quantity/upper").asInt()).isEqualTo(12_000);
        assertThat(candidate.at("/quantity/unit").asString()).isEqualTo("construction workers");
        assertThat(candidate.get("counted").asString()).isEqualTo("North Korean construction workers");
        assertThat(candidate.get("attributedTo").asString()).isEqualTo("South Korea's spy agency");
        assertThat(ARTICLE.substring(candidate.get("start").asInt(), candidate.get("end").asInt()))
                .isEqualTo(candidate.get("quote").asString());
        String id = extraction.get("id").asString();

        Api.Response accepted = api.post("contributor", "/api/v1/extractions/" + id + "/accept",
                "{\"candidates\": [{\"id\": 1, \"proposition\": \"workers-in-" + place + "\", \"attributedTo\": \"NIS\"}]}");
        assertThat(accepted.status()).isEqualTo(201);
        JsonNode claim = accepted.json().get("claims").get(0);
        assertThat(claim.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(claim.get("attributedTo").asString()).isEqualTo("NIS");
        assertThat(claim.get("proposition").asString()).isEqualTo("workers-in-" + place);
        assertThat(claim.at("/sources/0/url").asString()).isEqualTo("https://example.org/extraction-test");
        assertThat(claim.at("/quantity/upper").asInt()).isEqualTo(12_000);

        Api.Response again = api.post("contributor", "/api/v1/extractions/" + id + "/accept",
                "{\"candidates\": [{\"id\": 1}]}");
        assertThat(again.status()).isEqualTo(409);

        Api.Response record = api.get("auditor", "/api/v1/extractions/" + id);
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.json().get("createdBy").asString()).isEqualTo("contributor");
        assertThat(record.json().at("/accepted/0/claimId").asString()).isEqualTo(claim.get("id").asString());
        assertThat(record.json().at("/accepted/0/accepted/attributedTo").asString()).isEqualTo("NIS");
        assertThat(record.json().at("/candidates/0/attributedTo").asString()).isEqualTo("South Korea's spy agency");

        // The next article on the same count finds the claim once its proposition has registered it (the conflict
        // policy does, within a second or two): same proposition, and a conflict between 20,000 and 12,000.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Api.Response next = api.post("reviewer1", "/api/v1/extractions", article(
                    "Ukraine's intelligence said at least 20,000 North Korean construction workers were in " + place + "."));
            assertThat(next.status()).isEqualTo(200);
            JsonNode found = next.json().at("/candidates/0");
            assertThat(found.get("proposition").asString()).isEqualTo("workers-in-" + place);
            assertThat(found.get("conflicts").toString()).contains(claim.get("id").asString());
        });
    }

    @Test
    void aClaimProposedOnAPropositionIsTheDuplicateOfTheSameNumberInALaterArticle() {
        String proposition = "soldiers-entered-" + place;
        Api.Response proposed = api.post("contributor", "/api/v1/claims",
                Api.proposal("At least 3,000 soldiers entered " + place + ".", proposition));
        assertThat(proposed.status()).as(proposed.raw().body()).isEqualTo(201);
        String claimId = proposed.json().get("id").asString();

        // Once the conflict policy has registered it on its proposition, the registration is on record for extraction.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Api.Response next = api.post("reviewer1", "/api/v1/extractions", article(
                    "Officials said that at least 3,000 soldiers have entered " + place + "."));
            assertThat(next.status()).isEqualTo(200);
            JsonNode found = next.json().at("/candidates/0");
            assertThat(found.get("proposition").asString()).isEqualTo(proposition);
            assertThat(found.get("duplicates").toString()).contains(claimId);
            assertThat(found.get("conflicts")).isEmpty();
        });
    }

    @Test
    void textThatCannotBeReadIsRefusedAndNothingIsKept() {
        Api.Response german = api.post("contributor", "/api/v1/extractions", article(
                "Nach Angaben des südkoreanischen Geheimdienstes wurden bis zu zwölftausend nordkoreanische Soldaten "
                        + "nach Russland geschickt, sagte ein Sprecher am Montag in Seoul."));
        assertThat(german.status()).isEqualTo(422);
        assertThat(german.contentType()).startsWith("application/problem+json");
        assertThat(german.json().get("detail").asString()).contains("German").contains("only English");

        assertThat(api.post("contributor", "/api/v1/extractions", article("")).status()).isEqualTo(400);
        assertThat(api.post("contributor", "/api/v1/extractions", article("x".repeat(100_001))).status()).isEqualTo(400);
        Api.Response control = api.post("contributor", "/api/v1/extractions", article("1,500 troops\u0007 were sent."));
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.json().at("/errors/0/field").asString()).isEqualTo("text");

        assertThat(api.post("auditor", "/api/v1/extractions", article("1,500 troops were sent.")).status())
                .isEqualTo(403);
        assertThat(api.get("auditor", "/api/v1/extractions/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    static String article(String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put("text", text);
        body.put("url", "https://example.org/extraction-test");
        body.put("publisher", "Example News");
        body.put("title", "Troops in Russia");
        body.put("publishedAt", "2024-11-04");
        return body.toString();
    }

    /** Letters only, as a word of the article is: a UUID's hex digits, each made a letter from a to p. */
    private static String randomLetters(int count) {
        StringBuilder letters = new StringBuilder();
        java.util.UUID.randomUUID().toString().replace("-", "").chars().limit(count)
                .forEach(digit -> letters.append((char) ('a' + Character.digit(digit, 16))));
        return letters.toString();
    }
}
