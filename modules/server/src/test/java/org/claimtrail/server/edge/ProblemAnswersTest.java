package org.claimtrail.server.edge;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal is application/problem+json of a type docs/api.md#errors lists, whoever gives it. */
class ProblemAnswersTest extends EdgeTest {

    private static final String NOTES = "/api/v1/edge/notes";

    @Test
    void aBodyThatIsNoJsonIsMalformed() {
        Answer answer = post(NOTES, "contributor", "{\"text\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem()).isEqualTo("malformed-request");
    }

    @Test
    void anUnknownFieldIsNamedAsInvalid() {
        Answer answer = post(NOTES, "contributor", "{\"text\": \"a\", \"count\": 1, \"proposedBy\": \"someone\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem()).isEqualTo("invalid-request");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("proposedBy");
        assertThat(answer.json().get("errors").get(0).get("message").asString()).isEqualTo("is not a known field");
    }

    @Test
    void aValueOfTheWrongTypeIsNamedAsInvalid() {
        Answer text = post(NOTES, "contributor", "{\"text\": 42, \"count\": 1}");
        Answer count = post(NOTES, "contributor", "{\"text\": \"a\", \"count\": \"1\"}");

        assertThat(text.problem()).isEqualTo("invalid-request");
        assertThat(text.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(count.problem()).isEqualTo("invalid-request");
        assertThat(count.json().get("errors").get(0).get("field").asString()).isEqualTo("count");
    }

    @Test
    void aParameterOfTheWrongFormIsNamedAsInvalid() {
        Answer answer = get(NOTES + "?page=abc", "reviewer");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem()).isEqualTo("invalid-request");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
        assertThat(answer.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a whole number");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        Answer plain = send("POST", NOTES, "contributor", "a note", "Content-Type", "text/plain");
        Answer wildcard = send("POST", NOTES, "contributor", NOTE, "Content-Type", "application/*");

        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.problem()).isEqualTo("unsupported-media-type");
        assertThat(plain.json().get("detail").asString()).isEqualTo("The body must be application/json, not text/plain.");
        assertThat(wildcard.status()).isEqualTo(415);
        assertThat(wildcard.problem()).isEqualTo("unsupported-media-type");
    }

    @Test
    void aMethodThePathDoesNotHaveIsNotAllowed() {
        Answer answer = send("PUT", NOTES, "contributor", NOTE, "Content-Type", JSON);

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.problem()).isEqualTo("method-not-allowed");
        assertThat(answer.json().get("detail").asString())
                .isEqualTo("PUT is not supported on /api/v1/edge/notes; it supports GET, POST.");
    }

    @Test
    void aPathOfNoEndpointIsNotFound() {
        Answer answer = get("/api/v1/nope", "reviewer");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem()).isEqualTo("not-found");
        assertThat(answer.json().get("detail").asString()).isEqualTo("No endpoint GET /api/v1/nope.");
    }

    @Test
    void nothingOnRecordIsNotFoundInTheHandlersWords() {
        Answer answer = get(NOTES + "/7", "reviewer");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem()).isEqualTo("not-found");
        assertThat(answer.json().get("detail").asString()).isEqualTo("No note 7 is on record.");
    }

    @Test
    void anAcceptTheEndpointCannotAnswerIsNotAcceptable() {
        Answer answer = send("GET", NOTES, "reviewer", null, "Accept", "application/xml");

        assertThat(answer.status()).isEqualTo(406);
        assertThat(answer.problem()).isEqualTo("not-acceptable");
    }

    @Test
    void aBodyOverOneMebibyteIsTooLarge() {
        Answer answer = post(NOTES, "contributor", "{\"text\": \"" + "a".repeat(1024 * 1024) + "\", \"count\": 1}");

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.problem()).isEqualTo("body-too-large");
    }

    /** The body is read after sign-in: a client that is not signed in is answered from its headers alone. */
    @Test
    void aClientThatIsNotSignedInIsAnsweredBeforeItsBodyIsRead() throws IOException {
        assertThat(post(NOTES, null, "{\"text\": \"" + "a".repeat(1024 * 1024) + "\", \"count\": 1}").status())
                .isEqualTo(401);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(3_000);
            // A body announced and never sent: were it read first, the answer would wait for the container's timeout.
            socket.getOutputStream().write(("POST " + NOTES + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"text\": ")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] head = socket.getInputStream().readNBytes(12);
            assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 401");
        }
    }

    @Test
    void aFailureOfTheServersOwnIsInternalAndTellsNothingOfIt() {
        Answer answer = post("/api/v1/edge/failing", "contributor", NOTE);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.problem()).isEqualTo("internal");
        assertThat(answer.body()).doesNotContain("IllegalStateException").doesNotContain("EdgeController");
    }
}
