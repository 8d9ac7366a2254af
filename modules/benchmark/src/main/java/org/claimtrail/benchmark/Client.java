package org.claimtrail.benchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The server's REST API as a client with the demo accounts sees it, over one keep-alive HTTP/1.1 client. */
final class Client {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A status and a body; {@code status} 0 when no answer came. */
    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String password;

    Client(String url, String password) {
        this.url = url;
        this.password = password;
    }

    Answer get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(url + path)).GET());
    }

    Answer post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    String propose(String statement, String proposition, String quantity) {
        Answer answer = post("contributor", "/api/v1/claims", proposal(statement, proposition, quantity));
        if (answer.status() != 201) {
            throw new IllegalStateException("A proposal was answered " + answer.status() + ": " + answer.body());
        }
        return answer.json().get("id").asString();
    }

    static String proposal(String statement, String proposition, String quantity) {
        return "{\"statement\": \"" + statement + "\""
                + (proposition == null ? "" : ", \"proposition\": \"" + proposition + "\"")
                + (quantity == null ? "" : ", \"quantity\": " + quantity)
                + ", \"sources\": [{\"publisher\": \"Benchmark News\", \"url\": \"https://example.org/benchmark\","
                + " \"quote\": \"" + statement + "\", \"stance\": \"SUPPORTS\"}]}";
    }

    static String verdict(String verdict) {
        return "{\"verdict\": \"" + verdict + "\", \"rationale\": \"Measured.\"}";
    }

    private Answer send(String user, HttpRequest.Builder request) {
        String credentials = user + ":" + password;
        request.header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        request.timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }
}
