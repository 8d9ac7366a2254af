package org.claimtrail.server.edge;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/** The edge on a real port, asked over HTTP as a client asks it. */
@SpringBootTest(classes = EdgeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EdgeTest {

    static final String JSON = "application/json";
    static final String NOTE = "{\"text\": \"a note\", \"count\": 1}";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void edge(DynamicPropertyRegistry registry) {
        EdgeApplication.properties(registry);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    EdgeController controller;

    /** An answer: its status, headers and body. */
    record Answer(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String body() {
            return response.body();
        }

        JsonNode json() {
            return MAPPER.readTree(response.body());
        }

        /** The problem type's short name, such as {@code not-found}, of a problem+json answer. */
        String problem() {
            if (!String.valueOf(header("Content-Type")).startsWith("application/problem+json")) {
                throw new AssertionError("no problem+json answer: " + status() + " " + header("Content-Type") + " "
                        + body());
            }
            return json().get("type").asString().replace("urn:claimtrail:problem:", "");
        }
    }

    /** {@code user} signs in with the accounts' password, or with the one it names after a colon. */
    Answer get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    Answer post(String path, String user, String body, String... headers) {
        return send(request(path, user, headers).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    CompletableFuture<Answer> postLater(String path, String user, String body, String... headers) {
        return HTTP.sendAsync(request(path, user, headers).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(Answer::new);
    }

    /** A request of any method, with headers as name, value, name, value… */
    Answer send(String method, String path, String user, String body, String... headers) {
        return send(request(path, user, headers).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path, String user, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user.contains(":") ? user : user + ":" + EdgeApplication.PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    private static Answer send(HttpRequest request) {
        try {
            return new Answer(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
