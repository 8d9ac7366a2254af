package org.claimtrail.local;

import org.claimtrail.client.ApiClient;
import org.claimtrail.client.model.Problem;
import org.claimtrail.platform.endpoint.ProblemType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of error the server gives, the framework's and the container's included, is problem+json with a type of
 * the project's own and a detail that speaks of the request: never "No static resource …", an exception or a class.
 * Each type is one of {@link ProblemType}, and the OpenAPI document names every one of them.
 */
@ExtendWith(SharedLocalStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemTypesTest {

    private final LocalStack stack;
    private final RawHttp http;
    private LocalStack noRoles;
    private JsonNode document;

    ProblemTypesTest(LocalStack stack) {
        this.stack = stack;
        this.http = new RawHttp(stack);
    }

    /** A node of the same cluster that runs no role: every API request belongs to a role it does not run. */
    @BeforeAll
    void startANodeWithoutRoles() throws Exception {
        LocalSettings shared = stack.settings();
        int kafkaPort = Integer.parseInt(stack.kafkaBootstrapServers().replaceAll(".*:", ""));
        noRoles = LocalStack.start(new LocalSettings(Files.createTempDirectory("claimtrail-no-roles"), 0,
                stack.postgresPort(), kafkaPort, shared.demoPassword()), true, "--claimtrail.roles=none");
    }

    @BeforeAll
    void readTheDocument() {
        document = http.get("/v3/api-docs").send().json();
    }

    @AfterAll
    void stopTheNode() {
        if (noRoles != null) {
            noRoles.close();
        }
    }

    /** Asserts the detail names nothing of the framework's workings, and the type is one the document names. */
    private RawHttp.Answer speaksOfTheRequest(RawHttp.Answer answer) {
        assertThat(answer.json().get("detail").asString()).as(answer.body())
                .isNotBlank()
                .doesNotContain("static resource", "Failed to convert", "Exception", "org.", "java.", "null");
        String type = answer.json().get("type").asString();
        ProblemType known = Arrays.stream(ProblemType.values()).filter(t -> t.uri().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("not a ProblemType: " + answer.body()));
        assertThat(documented(known)).as(type + " in the OpenAPI document").isTrue();
        return answer;
    }

    /** An operation's answers name the type (by its example), or the Problem schema names it as any request's. */
    private boolean documented(ProblemType type) {
        String anyRequest = document.at("/components/schemas/Problem/properties/type/description").asString()
                .replaceFirst("^.*any request may also be answered with these: ", "");
        return !document.at("/components/examples/problem-" + type.type()).isMissingNode()
                || anyRequest.contains(type.type() + ": " + type.when());
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void everyProblemTypeIsInTheDocument(ProblemType type) {
        assertThat(documented(type)).as(type.uri()).isTrue();
        assertThat(document.at("/components/schemas/Problem/properties/type/description").asString())
                .contains(type.type());
    }

    @Test
    void anUnknownPathIsNotFound() {
        RawHttp.Answer answer = http.get("/api/v1/nope").as("contributor").send().assertProblem(404, "not-found");
        assertThat(speaksOfTheRequest(answer).json().get("detail").asString()).isEqualTo("No endpoint GET /api/v1/nope.");
        speaksOfTheRequest(http.get("/error").send().assertProblem(404, "not-found"));
    }

    @Test
    void anUnknownClaimIsNotFound() {
        speaksOfTheRequest(http.get("/api/v1/claims/" + UUID.randomUUID()).as("contributor").send()
                .assertProblem(404, "not-found"));
    }

    @Test
    void aMethodThePathDoesNotHaveIsNotAllowed() {
        RawHttp.Answer answer = http.call("PUT", "/api/v1/claims").json("{}").as("contributor").send()
                .assertProblem(405, "method-not-allowed");
        assertThat(speaksOfTheRequest(answer).json().get("detail").asString())
                .isEqualTo("PUT is not supported on /api/v1/claims; it supports GET, POST.");
        assertThat(answer.header("Allow")).contains("GET", "POST");
        // Refused by the container itself, before Spring MVC.
        speaksOfTheRequest(http.call("TRACE", "/api/v1/claims").as("contributor").send()
                .assertProblem(405, "method-not-allowed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "*/*", "garbage"})
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType(String contentType) {
        speaksOfTheRequest(http.call("POST", "/api/v1/claims")
                .body(contentType, "At least 3,000 soldiers.".getBytes(StandardCharsets.UTF_8))
                .as("contributor").send().assertProblem(415, "unsupported-media-type"));
    }

    @Test
    void anAnswerTheClientDoesNotAcceptIsNotAcceptable() {
        RawHttp.Answer answer = http.get("/api/v1/claims").header("Accept", "text/html").as("contributor")
                .send().assertProblem(406, "not-acceptable");
        assertThat(speaksOfTheRequest(answer).json().get("detail").asString()).contains("application/json");
    }

    @Test
    void aMissingBodyIsMalformed() {
        speaksOfTheRequest(http.call("POST", "/api/v1/claims").header("Content-Type", "application/json")
                .as("contributor").send().assertProblem(400, "malformed-request"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/claims?page=abc|page", "/api/v1/claims?state=NOPE|state",
            "/api/v1/claims?size=1000|size", "/api/v1/claims/not-a-claim-id|id",
            "/api/v1/propositions/Not%20A%20Key|key"})
    void aBadParameterIsNamed(String pathAndField) {
        String[] parts = pathAndField.split("\\|");
        speaksOfTheRequest(http.get(parts[0]).as("auditor").send().assertProblem(400, "invalid-request")
                .assertInvalidField(parts[1]));
    }

    @Test
    void anAsOfThatIsNoInstantIsNamed() {
        String claim = http.propose("contributor", "A claim read as of a bad instant.");
        RawHttp.Answer answer = http.get("/api/v1/claims/" + claim + "?asOf=yesterday").as("auditor").send()
                .assertProblem(400, "invalid-request").assertInvalidField("asOf");
        assertThat(answer.json().at("/errors/0/message").asString()).contains("ISO 8601");
    }

    @Test
    void urlsNoValidRequestHasAreMalformed() {
        speaksOfTheRequest(http.get("/api/v1/claims?q=%00").as("contributor").send()
                .assertProblem(400, "malformed-request"));
        speaksOfTheRequest(http.get("/api/v1/claims/%00").as("contributor").send()
                .assertProblem(400, "malformed-request"));
    }

    /** Java's HTTP client refuses to send CONNECT: the request goes over a socket, as a hostile client sends it. */
    @Test
    void aMethodTheServerDoesNotImplementIsAProblemToo() throws IOException {
        URI server = URI.create(stack.httpUrl());
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.getOutputStream().write(("CONNECT /api/v1/claims HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 501").containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"type\":\"urn:claimtrail:problem:not-implemented\"");
        }
    }

    @Test
    void aMalformedIdempotencyKeyIsRefused() {
        speaksOfTheRequest(http.post("/api/v1/claims", RawHttp.proposal("Keyed badly.", null))
                .header("Idempotency-Key", "not visible ascii").as("contributor").send()
                .assertProblem(400, "invalid-idempotency-key"));
    }

    @Test
    void missingOrWrongCredentialsAreUnauthenticated() {
        speaksOfTheRequest(http.get("/api/v1/claims").send().assertProblem(401, "unauthenticated"));
        speaksOfTheRequest(http.get("/api/v1/claims").header("Authorization", "Basic bm9ib2R5Om5vdGhpbmc=").send()
                .assertProblem(401, "unauthenticated"));
        speaksOfTheRequest(http.get("/api/v1/claims").header("Authorization", "Basic !!!").send()
                .assertProblem(401, "unauthenticated"));
        speaksOfTheRequest(http.get("/api/v1/claims").bearer("not-a-token").send()
                .assertProblem(401, "unauthenticated"));
    }

    @Test
    void aRoleThatMayNotIsForbidden() {
        speaksOfTheRequest(http.get("/api/v1/audit").as("contributor").send().assertProblem(403, "forbidden"));
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() {
        speaksOfTheRequest(http.post("/api/v1/claims", RawHttp.proposal("x".repeat(1_100_000), null))
                .as("contributor").send().assertProblem(413, "body-too-large"));
    }

    @Test
    void aRequestForARoleTheNodeDoesNotRunIsNotServed() throws IOException {
        RawHttp other = new RawHttp(noRoles);
        RawHttp.Answer write = other.post("/api/v1/claims", RawHttp.proposal("Sent to the wrong node.", null))
                .as("contributor").send().assertProblem(503, "role-not-served");
        assertThat(speaksOfTheRequest(write).json().get("detail").asString()).contains("the command role");
        assertThat(write.header("Retry-After")).isNotNull();
        // As a client generated from the OpenAPI document reads it.
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(write.body(), Problem.class);
        assertThat(problem.getType()).isEqualTo(URI.create("urn:claimtrail:problem:role-not-served"));
        assertThat(problem.getStatus()).isEqualTo(503);
        speaksOfTheRequest(other.get("/api/v1/claims").as("contributor").send().assertProblem(503, "role-not-served"));
    }
}
