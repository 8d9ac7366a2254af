package org.claimtrail.benchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The server's REST API as a client with the demo accounts sees it, over keep-alive HTTP/1.1 connections. Each request
 * runs on its client's own thread ({@link HttpURLConnection}, blocking): the JDK's asynchronous HttpClient handed every
 * exchange between threads and took a fifth of the 2-core machine from the server it measured.
 */
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

    private final String url;
    private final String password;

    static {
        // The JDK keeps 5 idle connections a host unless told otherwise: 16 clients would open a connection a request.
        System.setProperty("http.maxConnections", "64");
    }

    Client(String url, String password) {
        this.url = url;
        this.password = password;
    }

    Answer get(String user, String path) {
        return send(user, "GET", path, null);
    }

    Answer post(String user, String path, String json) {
        return send(user, "POST", path, json);
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

    private Answer send(String user, String method, String path, String json) {
        String credentials = user + ":" + password;
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url + path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(30_000);
            connection.setRequestProperty("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            if (json != null) {
                byte[] body = json.getBytes(StandardCharsets.UTF_8);
                // Not streamed: buffered, the body leaves with the headers in one write rather than in a second,
                // small one that Nagle's algorithm holds back until the server acknowledges the first.
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            // Read to the end and closed, the connection goes back to the keep-alive pool.
            Answer answer;
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                answer = new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            if (status == 429 && answer.body().contains("too-many-writes")) {
                // A throttled run would measure the limit, not the server: refuse to go on (docs/benchmark.md).
                throw new IllegalStateException("The server limits each user's writes (429 too-many-writes), and the "
                        + "benchmark writes as one user at up to thousands a second: start the server it measures "
                        + "with --claimtrail.limits.writes.enabled=false.");
            }
            return answer;
        } catch (IOException e) {
            return new Answer(0, e.toString());
        }
    }
}
