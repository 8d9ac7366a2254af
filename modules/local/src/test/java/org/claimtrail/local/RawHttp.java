package org.claimtrail.local;

import org.claimtrail.api.claim.ClaimProposed;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client of the tests that send what hostile or careless clients send: any method, header, content type and body, as a hostile or careless client would
 * send them, plus counts of what the event store holds, to prove that a refused request changed nothing.
 */
final class RawHttp {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final JdbcClient jdbc;

    RawHttp(LocalStack stack) {
        this.baseUrl = stack.httpUrl();
        this.jdbc = stack.server().getBean(JdbcClient.class);
    }

    Call call(String method, String path) {
        return new Call(method, path);
    }

    Call get(String path) {
        return call("GET", path);
    }

    Call post(String path, String json) {
        return call("POST", path).json(json);
    }

    /** A request being put together; {@link #send()} sends it. */
    final class Call {
        private final String method;
        private final String path;
        private final List<String> headers = new ArrayList<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** As a demo account (with the test password), or anonymous for null. */
        Call as(String user) {
            if (user == null) {
                return this;
            }
            String credentials = user + ":" + SharedLocalStack.PASSWORD;
            return header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }

        Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        Call header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        Call json(String json) {
            return body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        Call body(String contentType, byte[] bytes) {
            body = HttpRequest.BodyPublishers.ofByteArray(bytes);
            return header("Content-Type", contentType);
        }

        /** A body of unknown length, sent chunked. */
        Call chunked(String contentType, byte[] bytes) {
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
            return header("Content-Type", contentType);
        }

        Answer send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method, body);
            if (!headers.isEmpty()) {
                request.headers(headers.toArray(String[]::new));
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response);
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Answer(int status, HttpResponse<String> raw) {

        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** Asserts a problem+json answer of {@code status}, and returns it. */
        Answer assertProblem(int status) {
            assertThat(status()).as("status of %s", body()).isEqualTo(status);
            assertThat(header("Content-Type")).startsWith(PROBLEM_JSON);
            assertThat(json().get("status").asInt()).isEqualTo(status);
            assertThat(json().get("title").asString()).isNotBlank();
            assertThat(json().get("type").asString()).startsWith("urn:claimtrail:problem:");
            return this;
        }

        /** Asserts a problem answer of the project's own {@code type}, such as {@code not-found}. */
        Answer assertProblem(int status, String type) {
            assertProblem(status);
            assertThat(json().get("type").asString()).isEqualTo("urn:claimtrail:problem:" + type);
            return this;
        }

        /** Asserts a 400 answer naming {@code field} among its invalid fields. */
        Answer assertInvalidField(String field) {
            assertProblem(400);
            assertThat(json().get("errors").findValuesAsString("field")).contains(field);
            return this;
        }
    }

    /** Events in the claim's stream. */
    long eventsOf(String claimId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")
                .param(claimId).query(Long.class).single();
    }

    /** Claims ever proposed; only HTTP requests propose, so no background work changes this number. */
    long proposals() {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype = ?")
                .param(ClaimProposed.class.getName()).query(Long.class).single();
    }

    /** Proposes a claim without a proposition (so no policy ever appends to it) and returns its id. */
    String propose(String user, String statement) {
        Answer answer = post("/api/v1/claims", proposal(statement, null)).as(user).send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    /** Submits a verdict that must be accepted, and returns the claim's version after it. */
    long verdict(String reviewer, String claim, String verdict) {
        Answer answer = post("/api/v1/claims/" + claim + "/verdicts", verdict(verdict, "Because of the test."))
                .as(reviewer).send();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("version").asLong();
    }

    static String proposal(String statement, String proposition) {
        return """
                {"statement": "%s",%s
                 "attributedTo": "United States government",
                 "sources": [{"publisher": "Example News", "url": "https://example.org/report", "title": "Troops",
                              "quote": "At least 3,000 soldiers have entered eastern Russia.",
                              "publishedAt": "2024-10-29", "stance": "SUPPORTS"}]}
                """.formatted(statement, proposition == null ? "" : " \"proposition\": \"" + proposition + "\",");
    }

    static String verdict(String verdict, String rationale) {
        return "{\"verdict\": \"%s\", \"rationale\": \"%s\"}".formatted(verdict, rationale);
    }

    static String evidence(String quote) {
        return """
                {"publisher": "KCNA", "url": "https://example.org/kcna", "quote": "%s", "stance": "CONTRADICTS"}
                """.formatted(quote);
    }
}
