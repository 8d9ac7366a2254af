package org.claimtrail.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A plain HTTP client for the tests: what curl would send, with the demo accounts. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    Api(LocalStack stack) {
        this(stack.httpUrl());
    }

    /** A client of a server at {@code baseUrl}, such as a node of a cluster started as its own process. */
    public Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Response(int status, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    public Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).DELETE());
    }

    public Response post(String user, String path, String json) {
        return post(user, path, "application/json", json);
    }

    public Response post(String user, String path, String contentType, String body) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON POST with extra request headers, such as {@code X-Request-Id}. */
    public Response post(String user, String path, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(user, request);
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private Response send(String user, HttpRequest.Builder request) {
        if (user != null) {
            String credentials = user + ":" + SharedLocalStack.PASSWORD;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A claim proposal body on {@code proposition}, with one source. */
    public static String proposal(String statement, String proposition) {
        return """
                {"statement": "%s", "proposition": "%s",
                 "quantity": {"value": 3000, "qualifier": "AT_LEAST", "unit": "soldiers"},
                 "attributedTo": "United States government",
                 "sources": [{"publisher": "Example News", "url": "https://example.org/report", "title": "Troops",
                              "quote": "At least 3,000 soldiers have entered eastern Russia.",
                              "publishedAt": "2024-10-29", "stance": "SUPPORTS"}]}
                """.formatted(statement, proposition);
    }

    public static String verdict(String verdict, String rationale) {
        return """
                {"verdict": "%s", "rationale": "%s"}
                """.formatted(verdict, rationale);
    }
}
