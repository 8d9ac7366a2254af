package org.claimtrail.local.cluster;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.claimtrail.local.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/operations.md's local cluster as separate processes of the built jar: PostgreSQL and Kafka in one, two command
 * nodes, two projection nodes and a notification node joined to them. Writers spread over both command nodes race
 * on the same claims while one command node, one projection node and the notification node are killed with
 * {@code kill -9} (the notification node is replaced). Nothing acknowledged may be lost, the read tables must equal a
 * rebuild, Kafka must hold every event in order per claim, survivors must take the dead nodes' segments within the
 * token claim timeout plus one claim interval, and no client may see a 5xx.
 */
@Timeout(value = 12, unit = TimeUnit.MINUTES)
class ClusterIT {

    /** Axon's token claim timeout (10 s) and claim interval (5 s) of docs/operations.md, and 5 s of polling slack. */
    private static final Duration TAKEOVER = Duration.ofSeconds(20);
    private static final Duration LOAD = Duration.ofSeconds(36);
    private static final Duration READY = LocalCluster.READY;

    private LocalCluster cluster;

    /** A write the cluster acknowledged: the claim, the version it answered with, and what was done. */
    record Ack(String claimId, long version, String reviewer) {
    }

    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger lostInFlight = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void startInfrastructure() throws IOException {
        cluster = LocalCluster.start();
    }

    @AfterEach
    void stopAll() {
        cluster.close();
    }

    @Test
    void everyAcknowledgedWriteSurvivesLosingNodesUnderLoad() throws Exception {
        ClusterNode command1 = node("command-1", "--join", "--claimtrail.roles=command");
        ClusterNode command2 = node("command-2", "--join", "--claimtrail.roles=command");
        ClusterNode projection1 = node("projection-1", "--join", "--claimtrail.roles=projection");
        ClusterNode projection2 = node("projection-2", "--join", "--claimtrail.roles=projection");
        ClusterNode notification1 = node("notification-1", "--join", "--claimtrail.roles=notification");
        for (ClusterNode node : List.of(command1, command2, projection1, projection2, notification1)) {
            node.awaitReady(READY);
        }
        rolesAreServedWhereTheyRun(command2, projection2);
        // Each processor's segments are split among the nodes that run it.
        awaitOwners("conflict-policy", owners -> owners.stream().anyMatch(command1::owns)
                && owners.stream().anyMatch(command2::owns), Duration.ofSeconds(60));
        awaitOwners("claims", owners -> owners.stream().anyMatch(projection1::owns)
                && owners.stream().anyMatch(projection2::owns), Duration.ofSeconds(60));

        List<ClusterNode> commands = new ArrayList<>(List.of(command1, command2));
        List<ClusterNode> projections = new ArrayList<>(List.of(projection1, projection2));
        Instant end = Instant.now().plus(LOAD);
        ExecutorService load = Executors.newFixedThreadPool(7);
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int pair = 0; pair < 2; pair++) {
            int first = pair;
            workers.add(CompletableFuture.runAsync(() -> racingWriters(first, commands, end, load), load));
        }
        workers.add(CompletableFuture.runAsync(() -> reader(projections, end), load));

        Thread.sleep(8_000);
        Instant commandKilled = kill(command1);
        Duration commandTakeover = sinceUntilOwned("conflict-policy", command2, commandKilled);
        Instant projectionKilled = kill(projection1);
        Duration projectionTakeover = sinceUntilOwned("claims", projection2, projectionKilled);
        kill(notification1);
        ClusterNode notification2 = node("notification-2", "--join", "--claimtrail.roles=notification");
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        load.shutdown();
        notification2.awaitReady(READY);

        System.out.printf("cluster: %d writes acknowledged, %d refused by dead nodes, %d lost in flight, %d reads,"
                        + " conflict-policy taken over in %s, claims in %s%n", acks.size(), refused.get(),
                lostInFlight.get(), reads.get(), commandTakeover, projectionTakeover);
        assertThat(serverErrors).as("answers with a 5xx").isEmpty();
        assertThat(acks).hasSizeGreaterThan(40);
        assertThat(refused.get()).as("requests refused by the killed nodes").isPositive();
        assertThat(commandTakeover).isLessThanOrEqualTo(TAKEOVER);
        assertThat(projectionTakeover).isLessThanOrEqualTo(TAKEOVER);
        awaitOwners("kafka-relay", owners -> owners.stream().allMatch(notification2::owns), TAKEOVER.plusSeconds(30));

        Api admin = new Api(projection2.url());
        LocalCluster.awaitQuiet(admin);
        try (Connection db = cluster.db()) {
            everyAcknowledgedWriteIsStored(db, new Api(projection2.url()));
            readTablesEqualARebuild(db, admin);
            kafkaHoldsEveryEventInOrderPerClaim(db);
        }
    }

    /** A node answers what its role serves, and tells where the rest belongs; its health details are for admins. */
    private static void rolesAreServedWhereTheyRun(ClusterNode command, ClusterNode projection) {
        Api.Response write = new Api(projection.url()).post("contributor", "/api/v1/claims",
                Api.proposal("Sent to a read node.", "cluster-misrouted"));
        assertThat(write.status()).isEqualTo(503);
        assertThat(write.json().get("type").asString()).isEqualTo("urn:claimtrail:problem:role-not-served");
        assertThat(write.json().get("detail").asString()).contains("command");
        Api.Response read = new Api(command.url()).get("contributor", "/api/v1/claims");
        assertThat(read.status()).isEqualTo(503);
        assertThat(read.json().get("detail").asString()).contains("projection");
        assertThat(new Api(command.url()).get(null, "/actuator/health").json().has("components")).isFalse();
        assertThat(new Api(command.url()).get("admin", "/actuator/health").json().at("/components/processors/details")
                .has("conflict-policy")).isTrue();
    }

    /** Two reviewers judge each new claim at the same instant, each through another command node. */
    private void racingWriters(int pair, List<ClusterNode> commands, Instant end, ExecutorService pool) {
        int n = 0;
        while (Instant.now().isBefore(end)) {
            n++;
            String body = n % 4 == 0
                    ? proposalWithCount("Cluster claim " + pair + "-" + n + ".", "cluster-count-" + pair,
                    n % 8 == 0 ? 1500 : 3000)
                    : Api.proposal("Cluster claim " + pair + "-" + n + ".", "cluster-" + pair);
            Api.Response proposed = write(commands, pair, api -> api.post("contributor", "/api/v1/claims", body));
            if (proposed == null) {
                continue;
            }
            assertThat(proposed.status()).as(proposed.raw().body()).isEqualTo(201);
            String id = proposed.json().get("id").asString();
            acks.add(new Ack(id, proposed.json().get("version").asLong(), null));
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> verdict(commands, pair, id, "reviewer1"), pool);
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> verdict(commands, pair + 1, id, "reviewer2"), pool);
            first.join();
            second.join();
        }
    }

    private void verdict(List<ClusterNode> commands, int preferred, String claimId, String reviewer) {
        Api.Response answer = write(commands, preferred, api -> api.post(reviewer,
                "/api/v1/claims/" + claimId + "/verdicts", Api.verdict("CORROBORATE", "Seen by " + reviewer + ".")));
        if (answer != null) {
            assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
            acks.add(new Ack(claimId, answer.json().get("version").asLong(), reviewer));
        }
    }

    /**
     * Sends a write to the preferred live command node, and to the next one when a node refuses the connection (it
     * is dead: nothing reached it), as a load balancer would. Null when the answer was lost with its node.
     */
    private Api.Response write(List<ClusterNode> commands, int preferred, java.util.function.Function<Api, Api.Response> request) {
        for (int attempt = 0; attempt < 4; attempt++) {
            List<ClusterNode> live;
            synchronized (commands) {
                live = List.copyOf(commands);
            }
            ClusterNode node = live.get((preferred + attempt) % live.size());
            try {
                Api.Response answer = request.apply(new Api(node.url()));
                if (answer.status() >= 500) {
                    serverErrors.add(node.name() + ": " + answer.status() + " " + answer.raw().body());
                }
                return answer;
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof ConnectException) {
                    // Dead: the balancer's health check would take it out; so does this client.
                    refused.incrementAndGet();
                    synchronized (commands) {
                        commands.remove(node);
                    }
                    continue;
                }
                lostInFlight.incrementAndGet();
                return null;
            }
        }
        return null;
    }

    /** Reads the claims written so far from the projection nodes, which answer from the read table or the store. */
    private void reader(List<ClusterNode> projections, Instant end) {
        int n = 0;
        while (Instant.now().isBefore(end)) {
            Ack ack = acks.peek();
            if (ack == null) {
                sleep(50);
                continue;
            }
            List<ClusterNode> live;
            synchronized (projections) {
                live = List.copyOf(projections);
            }
            ClusterNode node = live.get(n++ % live.size());
            try {
                Api.Response claim = new Api(node.url()).get("auditor", "/api/v1/claims/" + ack.claimId());
                if (claim.status() >= 500) {
                    serverErrors.add(node.name() + ": " + claim.status() + " " + claim.raw().body());
                }
                reads.incrementAndGet();
            } catch (UncheckedIOException e) {
                refused.incrementAndGet();
                synchronized (projections) {
                    projections.remove(node);
                }
            }
        }
    }

    private void everyAcknowledgedWriteIsStored(Connection db, Api reader) throws SQLException {
        Map<String, List<String>> reviewers = new HashMap<>();
        for (Ack ack : acks) {
            try (PreparedStatement stored = db.prepareStatement("SELECT count(*) FROM domainevententry"
                    + " WHERE aggregateidentifier = ? AND sequencenumber = ?")) {
                stored.setString(1, ack.claimId());
                stored.setLong(2, ack.version());
                try (ResultSet result = stored.executeQuery()) {
                    result.next();
                    assertThat(result.getInt(1)).as("event %d of claim %s", ack.version(), ack.claimId()).isEqualTo(1);
                }
            }
            if (ack.reviewer() != null) {
                reviewers.computeIfAbsent(ack.claimId(), id -> new ArrayList<>()).add(ack.reviewer());
            }
        }
        // Both reviewers of a race are on record, whichever node took each: neither write overwrote the other.
        reviewers.forEach((claimId, expected) -> assertThat(reader.get("auditor", "/api/v1/claims/" + claimId).json()
                .get("verdicts").findValuesAsString("reviewer")).containsAll(expected));
    }

    private void readTablesEqualARebuild(Connection db, Api admin) throws SQLException {
        List<String> live = rows(db, "SELECT claim_id || ' ' || version || ' ' || document::text FROM claim_view ORDER BY claim_id");
        List<String> audit = rows(db, "SELECT event_id FROM audit_entry ORDER BY event_id");
        Api.Response rebuild = admin.post("admin", "/api/v1/admin/projections/claims/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.raw().body()).isEqualTo(202);
        LocalCluster.awaitQuiet(admin);
        assertThat(rows(db, "SELECT claim_id || ' ' || version || ' ' || document::text FROM claim_view ORDER BY claim_id"))
                .isEqualTo(live);
        assertThat(rows(db, "SELECT event_id FROM audit_entry ORDER BY event_id")).isEqualTo(audit);
    }

    private void kafkaHoldsEveryEventInOrderPerClaim(Connection db) throws SQLException {
        Map<String, Long> stored = new HashMap<>();
        for (String row : rows(db, "SELECT aggregateidentifier || ' ' || count(*) FROM domainevententry"
                + " WHERE type = 'Claim' GROUP BY aggregateidentifier")) {
            String[] parts = row.split(" ");
            stored.put(parts[0], Long.parseLong(parts[1]));
        }
        Map<String, Long> next = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = cluster.claimEventsFromTheStart()) {
            Set<TopicPartition> partitions = consumer.assignment();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    long sequence = Long.parseLong(LocalCluster.header(record, "ce_sequence"));
                    long expected = next.getOrDefault(record.key(), 0L);
                    // A repeat (at-least-once) is an event already seen; a gap is an event skipped.
                    assertThat(sequence).as("claim %s on Kafka", record.key()).isLessThanOrEqualTo(expected);
                    if (sequence == expected) {
                        next.put(record.key(), expected + 1);
                    }
                }
            }
        }
        assertThat(next).isEqualTo(stored);
    }

    private Instant awaitOwners(String processor, Predicate<List<String>> expected, Duration timeout) throws SQLException {
        return cluster.awaitOwners(processor, expected, timeout);
    }

    private Duration sinceUntilOwned(String processor, ClusterNode survivor, Instant killed) throws SQLException {
        return Duration.between(killed, awaitOwners(processor, owners -> owners.stream().allMatch(survivor::owns),
                Duration.ofSeconds(60)));
    }

    private static Instant kill(ClusterNode node) {
        node.kill();
        return Instant.now();
    }

    private ClusterNode node(String name, String... args) {
        return cluster.node(name, args);
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        return LocalCluster.rows(db, sql);
    }

    private static String proposalWithCount(String statement, String proposition, int count) {
        return """
                {"statement": "%s", "proposition": "%s",
                 "quantity": {"value": %d, "qualifier": "EXACT", "unit": "troops"},
                 "sources": [{"publisher": "Example News", "url": "https://example.org/count", "title": "Count",
                              "quote": "%s", "stance": "SUPPORTS"}]}
                """.formatted(statement, proposition, count, statement);
    }

    private static void sleep(long millis) {
        LocalCluster.sleep(millis);
    }
}
