package org.claimtrail.local.benchmark;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.claimtrail.local.LocalSettings;
import org.claimtrail.local.LocalStack;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures the whole server on this machine and prints the numbers; it asserts nothing about speed. Its name
 * keeps it out of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -q install -DskipTests && ./mvnw -pl modules/local verify -Dtest=ThroughputBenchmark}.
 */
class ThroughputBenchmark {

    private static final int PROPOSALS = 2_000;
    private static final int CLIENTS = 4;
    private static final int VERDICTS_ON_ONE_CLAIM = 1_000;
    private static final String PASSWORD = "benchmark";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measure() throws Exception {
        // Without it every request spends ~0.1 s of CPU on bcrypt, and that is all this would measure.
        System.setProperty("claimtrail.security.verified-password-ttl", "5m");
        LocalSettings settings = new LocalSettings(Files.createTempDirectory("claimtrail-benchmark"), 0, 0, 0, PASSWORD);
        try (LocalStack stack = LocalStack.start(settings)) {
            String base = stack.httpUrl() + "/api/v1/claims";
            JdbcClient jdbc = stack.server().getBean(JdbcClient.class);
            long eventsAtStart = count(jdbc, "SELECT count(*) FROM domainevententry");
            long viewsAtStart = count(jdbc, "SELECT count(*) FROM claim_view");
            gc();
            long heapBefore = usedHeap();

            long start = System.nanoTime();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < PROPOSALS; i++) {
                int n = i;
                ids.add(clients.submit(() -> propose(base, n)));
            }
            for (Future<String> id : ids) {
                id.get();
            }
            clients.shutdown();
            double proposeSeconds = seconds(start);

            long readStart = System.nanoTime();
            while (count(jdbc, "SELECT count(*) FROM claim_view") < viewsAtStart + PROPOSALS) {
                Thread.sleep(20);
            }
            double readLagSeconds = seconds(readStart);

            String claim = ids.get(0).get();
            long verdictStart = System.nanoTime();
            for (int i = 0; i < VERDICTS_ON_ONE_CLAIM; i++) {
                send("reviewer1", base + "/" + claim + "/verdicts",
                        "{\"verdict\": \"" + (i % 2 == 0 ? "DISPUTE" : "CORROBORATE") + "\", \"rationale\": \"r" + i + "\"}");
            }
            double verdictSeconds = seconds(verdictStart);

            long totalEvents = count(jdbc, "SELECT count(*) FROM domainevententry");
            // Only claim events go to Kafka; a proposition's own events stay in the event store.
            long claimEvents = count(jdbc,
                    "SELECT count(*) FROM domainevententry WHERE aggregateidentifier NOT LIKE 'proposition:%'");
            long kafkaStart = System.nanoTime();
            long onKafka = awaitTopic(stack, claimEvents);
            double kafkaSeconds = seconds(kafkaStart);

            gc();
            long heapAfter = usedHeap();
            System.out.printf("""

                    claimtrail benchmark (2 cores; server, PostgreSQL, Kafka and the clients on one machine;
                    HTTP Basic with verified passwords remembered for 5 minutes)
                      proposals over HTTP, %d clients:      %d in %.1f s = %.0f claims/s
                      read table caught up after the last:  %.2f s
                      verdicts on one claim (stream of %d): %.0f commands/s, sequential
                      Kafka relay: %d events on the topic, caught up %.2f s after the last command
                      heap in use after GC: %d MiB before, %d MiB after (%d events stored)
                    %n""", CLIENTS, PROPOSALS, proposeSeconds, PROPOSALS / proposeSeconds, readLagSeconds,
                    VERDICTS_ON_ONE_CLAIM + 1, VERDICTS_ON_ONE_CLAIM / verdictSeconds, onKafka, kafkaSeconds,
                    heapBefore >> 20, heapAfter >> 20, totalEvents - eventsAtStart);
        } finally {
            System.clearProperty("claimtrail.security.verified-password-ttl");
        }
    }

    /**
     * Claims on 50 propositions whose intervals all overlap ("at least n soldiers"), so the numbers measure
     * commands, not conflicts: n exact counts on one proposition would raise n(n-1)/2 conflicts.
     */
    private String propose(String base, int n) throws IOException, InterruptedException {
        String body = """
                {"statement": "Benchmark claim %d.", "proposition": "benchmark-%d",
                 "quantity": {"value": %d, "qualifier": "AT_LEAST", "unit": "soldiers"},
                 "sources": [{"publisher": "Bench", "url": "https://example.org/%d", "quote": "Q.", "stance": "SUPPORTS"}]}
                """.formatted(n, n % 50, 1000 + n, n);
        String answer = send("contributor", base, body);
        return answer.substring(answer.indexOf("\"id\":\"") + 6, answer.indexOf("\"id\":\"") + 42);
    }

    private String send(String user, String uri, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static long awaitTopic(LocalStack stack, long expected) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("claimtrail.claim-events"));
            long seen = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (seen < expected && System.nanoTime() < deadline) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
            return seen;
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void gc() throws InterruptedException {
        System.gc();
        Thread.sleep(500);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
