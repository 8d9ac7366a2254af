package org.claimtrail.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One configured synonym, {@code claimtrail.units.synonyms.soldiers=fighters}, counts the same everywhere a unit is
 * read: conflicts between claims, extraction's candidates, the console's propose preview and the claim search. On a
 * stack of its own, since the synonym is part of its configuration.
 */
class UnitSynonymsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static LocalStack stack;
    private static Api api;

    /** Its words are the extracted sentence's, so that extraction places the candidate on this proposition. */
    private final String proposition = "fighters-in-kursk-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void start() {
        stack = LocalStack.start(SharedLocalStack.freshSettings(), false,
                "--claimtrail.units.synonyms.soldiers=fighters");
        api = new Api(stack);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void fightersAreSoldiersInConflictsExtractionAndSearch() {
        String soldiers = propose("At least 3,000 soldiers entered Russia.",
                "{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"soldiers\"}");
        String fighters = propose("1,500 fighters were sent.",
                "{\"value\": 1500, \"qualifier\": \"EXACT\", \"unit\": \"fighters\"}");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode claim = api.get("contributor", "/api/v1/claims/" + soldiers).json();
            assertThat(claim.get("state").asString()).isEqualTo("DISPUTED");
            assertThat(claim.at("/conflicts/0/reason").asString())
                    .isEqualTo("at least 3,000 soldiers vs exactly 1,500 fighters");
        });

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode found = api.get("contributor", "/api/v1/claims?q=fighters&proposition=" + proposition).json();
            assertThat(found.toString()).contains(soldiers, fighters);
        });

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Api.Response extracted = api.post("contributor", "/api/v1/extractions", """
                    {"text": "Ukraine's intelligence said some 10,000 fighters were in Kursk.",
                     "url": "https://example.org/synonyms", "publisher": "Example News", "title": "Fighters",
                     "publishedAt": "2024-11-04"}""");
            assertThat(extracted.status()).isEqualTo(200);
            JsonNode candidate = extracted.json().at("/candidates/0");
            assertThat(candidate.at("/quantity/unit").asString()).isEqualTo("soldiers");
            assertThat(candidate.get("proposition").asString()).isEqualTo(proposition);
            assertThat(candidate.get("conflicts").toString()).contains(fighters);
        });
    }

    @Test
    void theProposePreviewCountsFightersAsSoldiers() throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(stack.httpUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(login);
        assertThat(csrf.find()).as("the sign-in form has its CSRF token").isTrue();
        String form = "username=contributor&password=" + SharedLocalStack.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(URI.create(stack.httpUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> preview = browser.send(HttpRequest.newBuilder(URI.create(stack.httpUrl()
                + "/propose/preview?quantity=" + URLEncoder.encode("at least 3,000 fighters",
                StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<strong>soldier</strong>");
    }

    private String propose(String statement, String quantity) {
        String body = Api.proposal(statement, proposition).replace(
                "{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"soldiers\"}", quantity);
        Api.Response proposed = api.post("contributor", "/api/v1/claims", body);
        assertThat(proposed.status()).as(proposed.raw().body()).isEqualTo(201);
        return proposed.json().get("id").asString();
    }
}
