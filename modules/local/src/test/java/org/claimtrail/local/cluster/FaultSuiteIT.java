package org.claimtrail.local.cluster;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.claimtrail.local.Api;
import org.claimtrail.local.Paused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite of issue 14, on the local cluster of real processes: writers keep proposing claims and giving
 * verdicts through the command nodes while, one after the other, a command node is killed with {@code kill -9}, the
 * Kafka broker is stopped for 60 s ({@code kill -STOP} of the infrastructure node's JVM, in which it runs; PostgreSQL
 * runs in processes of its own), PostgreSQL is paused for 15 s ({@code kill -STOP} of its processes), and a node whose
 * clock is an hour ahead (test-only {@code claimtrail.faults.clock-offset}, see docs/benchmark.md) joins as command and
 * notification node. Then nothing acknowledged may be missing from the event store, the read tables or Kafka, Kafka
 * must hold every event in order per claim, every answer while PostgreSQL was paused must have come within 5 s, and
 * the only refusals allowed are 503 while PostgreSQL was paused. It prints a table per fault and writes it to {@code target/fault-suite.txt}.
 * <p>
 * Recovery is measured per fault: kill -9, until a surviving node owns every segment of the dead one's conflict policy;
 * Kafka, from its return until Kafka holds every event stored before it; PostgreSQL, from its return until a write
 * sent after it is acknowledged; clock, from the skewed node's stop until the nodes with right clocks own every segment
 * of the relay and the conflict policy. The default run is bounded to about 4 minutes; {@code -Dfaults.long=true}
 * holds each phase longer and kills three command nodes, starting a replacement after each.
 */
@Timeout(value = 25, unit = TimeUnit.MINUTES)
class FaultSuiteIT {

    private static final boolean LONG = Boolean.getBoolean("faults.long");
    private static final Duration KAFKA_STOPPED = Duration.ofSeconds(60);
    private static final Duration POSTGRES_PAUSED = Duration.ofSeconds(15);
    private static final Duration CALM = Duration.ofSeconds(LONG ? 30 : 5);
    private static final Duration SKEWED = Duration.ofSeconds(LONG ? 120 : 20);
    private static final Duration CLOCK_OFFSET = Duration.ofHours(1);
    private static final int KILLS = LONG ? 3 : 1;
    private static final int WRITERS = 4;
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final Path TABLE = Path.of("target", "fault-suite.txt");

    /** A write the cluster acknowledged: the claim and the version its answer named. */
    record Ack(String claimId, long version, Instant at) {
    }

    /** Any answer: when it was asked, how long it took, its status and problem type. */
    record Answer(Instant sent, Duration took, int status, String type, String node) {
    }

    /** A message read from the events topic. */
    record Delivery(String claimId, long sequence, String eventId, Instant at) {
    }

    /** One fault: when it began and ended (recovery included) and how long recovery took. */
    record Phase(String fault, Instant start, Instant end, Duration recovery) {
    }

    private LocalCluster cluster;
    private final List<ClusterNode> commands = new CopyOnWriteArrayList<>();
    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final Queue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private final Queue<String> lostInFlight = new ConcurrentLinkedQueue<>();
    private final List<Phase> phases = new ArrayList<>();
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final AtomicBoolean consuming = new AtomicBoolean(true);

    @BeforeEach
    void startCluster() throws IOException {
        cluster = LocalCluster.start();
    }

    @AfterEach
    void stopCluster() {
        writing.set(false);
        consuming.set(false);
        cluster.close();
    }

    @Test
    void nothingAcknowledgedIsLostUnderFaults() throws Exception {
        ClusterNode command1 = cluster.node("command-1", "--join", "--claimtrail.roles=command");
        ClusterNode command2 = cluster.node("command-2", "--join", "--claimtrail.roles=command");
        ClusterNode projection = cluster.node("projection", "--join", "--claimtrail.roles=projection");
        ClusterNode notification = cluster.node("notification", "--join", "--claimtrail.roles=notification");
        // Started with the others, so that its start costs no time of its own; it is the first fault.
        ClusterNode skewed = cluster.node("command-notification-clock-ahead", "--join",
                "--claimtrail.roles=command,notification", "--claimtrail.faults.clock-offset=" + CLOCK_OFFSET);
        for (ClusterNode node : List.of(command1, command2, projection, notification, skewed)) {
            node.awaitReady(LocalCluster.READY);
        }
        commands.addAll(List.of(command1, command2, skewed));
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 1);
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(CompletableFuture.runAsync(() -> write(writer), threads));
        }
        CompletableFuture<Void> consumer = CompletableFuture.runAsync(this::consume, threads);
        try {
            phase("node clock 1 h ahead", () -> skewedNode(skewed));
            phase("none", () -> {
                LocalCluster.sleep(CALM.toMillis());
                return Duration.ZERO;
            });
            for (int kill = 1; kill <= KILLS; kill++) {
                int n = kill;
                phase("kill -9 command node", () -> killCommandNode(n));
            }
            phase("Kafka broker stopped 60 s", this::stopKafka);
            phase("PostgreSQL paused 15 s", this::pausePostgres);
        } finally {
            writing.set(false);
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        }
        LocalCluster.awaitQuiet(new Api(projection.url()));
        until(Duration.ofMinutes(1), () -> undelivered().isEmpty());
        consuming.set(false);
        consumer.get(1, TimeUnit.MINUTES);
        threads.shutdown();

        List<String> rows = report();
        rows.forEach(System.out::println);
        Files.createDirectories(TABLE.getParent());
        Files.write(TABLE, rows);
        assertThat(undelivered()).as("stored events that never reached Kafka").isEmpty();
        Phase postgres = phases.stream().filter(p -> p.fault().startsWith("PostgreSQL")).findFirst().orElseThrow();
        // The bound issue 14 sets for a PostgreSQL that stops answering; the table shows every phase's slowest answer.
        assertThat(answers).filteredOn(answer -> within(answer.sent(), postgres))
                .allSatisfy(answer -> assertThat(answer.took()).as(answer.toString()).isLessThan(PROMPTLY));
        assertThat(answers).filteredOn(answer -> answer.status() / 100 != 2).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.type()).as(answer.toString()).isEqualTo("urn:claimtrail:problem:storage-unavailable");
            // In flight while PostgreSQL was paused: a request sent just before the pause can wait on it too.
            assertThat(answer.sent()).as(answer.toString()).isBefore(postgres.end());
            assertThat(answer.sent().plus(answer.took())).as(answer.toString()).isAfter(postgres.start());
        });
        try (Connection db = cluster.db()) {
            for (Phase phase : phases) {
                assertThat(lost(db, phase)).as("acknowledged writes lost in phase " + phase.fault()).isEmpty();
                assertThat(acks).filteredOn(ack -> within(ack.at(), phase)).as("writes acknowledged during " + phase.fault())
                        .isNotEmpty();
            }
            kafkaHoldsEveryEventInOrderPerClaim(db);
        }
    }

    /** A writer: proposes a claim, then gives a verdict on it, through any live command node, until told to stop. */
    private void write(int writer) {
        for (int n = 0; writing.get(); n++) {
            String statement = "Fault suite claim " + writer + "-" + n + ".";
            Api.Response proposed = send(writer + n, api -> api.post("contributor", "/api/v1/claims",
                    Api.proposal(statement, "fault-suite-" + writer)));
            if (proposed == null || proposed.status() != 201) {
                continue;
            }
            String id = proposed.json().get("id").asString();
            acks.add(new Ack(id, proposed.json().get("version").asLong(), Instant.now()));
            for (int attempt = 0; attempt < 3 && writing.get(); attempt++) {
                Api.Response verdict = send(writer + n + 1, api -> api.post("reviewer1", "/api/v1/claims/" + id
                        + "/verdicts", Api.verdict("CORROBORATE", "Seen under faults.")));
                if (verdict != null && verdict.status() == 200) {
                    acks.add(new Ack(id, verdict.json().get("version").asLong(), Instant.now()));
                    break;
                }
            }
        }
    }

    /**
     * Sends to a live command node, and to the next one when a node refuses the connection (it is dead: nothing
     * reached it), as a load balancer would. Null when the answer was lost with its node.
     */
    private Api.Response send(int preferred, java.util.function.Function<Api, Api.Response> request) {
        for (int attempt = 0; attempt < 4; attempt++) {
            List<ClusterNode> live = List.copyOf(commands);
            if (live.isEmpty()) {
                LocalCluster.sleep(100);
                continue;
            }
            ClusterNode node = live.get(Math.floorMod(preferred + attempt, live.size()));
            Instant sent = Instant.now();
            try {
                Api.Response answer = request.apply(new Api(node.url()));
                String type = answer.status() / 100 == 2 ? null : answer.json().path("type").asString();
                answers.add(new Answer(sent, Duration.between(sent, Instant.now()), answer.status(), type, node.name()));
                return answer;
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof ConnectException) {
                    commands.remove(node);
                    continue;
                }
                lostInFlight.add(node.name() + " at " + sent);
                return null;
            }
        }
        return null;
    }

    /** Reads the events topic from its start for the whole run. */
    private void consume() {
        try (KafkaConsumer<String, byte[]> consumer = cluster.claimEventsFromTheStart()) {
            while (consuming.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String eventId = LocalCluster.header(record, "ce_id");
                    deliveries.add(new Delivery(record.key(), Long.parseLong(LocalCluster.header(record, "ce_sequence")), eventId,
                            Instant.now()));
                    delivered.add(eventId);
                }
            }
        }
    }

    /** Kills a command node that holds a segment of the conflict policy, so that a survivor has work to take over. */
    private Duration killCommandNode(int n) throws SQLException {
        cluster.awaitOwners("conflict-policy", owners -> commands.stream()
                .anyMatch(node -> owners.stream().anyMatch(node::owns)), Duration.ofSeconds(60));
        List<String> holders;
        try (Connection db = cluster.db()) {
            holders = LocalCluster.rows(db, "SELECT coalesce(owner, '') FROM tokenentry"
                    + " WHERE processorname = 'conflict-policy'");
        }
        ClusterNode victim = commands.stream().filter(node -> holders.stream().anyMatch(node::owns)).findFirst()
                .orElseThrow();
        commands.remove(victim);
        victim.kill();
        Instant killed = Instant.now();
        Instant takenOver = cluster.awaitOwners("conflict-policy",
                owners -> owners.stream().noneMatch(victim::owns) && owners.stream().noneMatch(String::isEmpty),
                Duration.ofSeconds(60));
        if (LONG) {
            ClusterNode replacement = cluster.node("command-replacement-" + n, "--join", "--claimtrail.roles=command");
            replacement.awaitReady(LocalCluster.READY);
            commands.add(replacement);
        }
        LocalCluster.sleep(CALM.toMillis());
        return Duration.between(killed, takenOver);
    }

    private Duration stopKafka() throws SQLException {
        int acknowledgedBefore = acks.size();
        try (Paused broker = Paused.process(cluster.infrastructure().handle())) {
            LocalCluster.sleep(KAFKA_STOPPED.toMillis());
        }
        Instant resumed = Instant.now();
        assertThat(acks.size()).as("writes acknowledged while Kafka was stopped").isGreaterThan(acknowledgedBefore);
        long head;
        try (Connection db = cluster.db()) {
            head = Long.parseLong(LocalCluster.rows(db, "SELECT coalesce(max(globalindex), 0) FROM domainevententry").get(0));
        }
        Instant drained = until(Duration.ofMinutes(3), () -> storedUpToDelivered(head));
        assertThat(drained).as("the relay's backlog drains").isNotNull();
        LocalCluster.sleep(CALM.toMillis());
        return Duration.between(resumed, drained);
    }

    private Duration pausePostgres() {
        try (Paused postgres = Paused.postgres(cluster.postgresDir())) {
            LocalCluster.sleep(POSTGRES_PAUSED.toMillis());
        }
        Instant resumed = Instant.now();
        Instant writing = until(Duration.ofMinutes(1), () -> acks.stream().anyMatch(ack -> ack.at().isAfter(resumed)));
        assertThat(writing).as("writes succeed again after PostgreSQL returns").isNotNull();
        LocalCluster.sleep(CALM.toMillis());
        return Duration.between(resumed, writing);
    }

    /** The node with its clock ahead takes writes and runs a relay for a while, then stops. */
    private Duration skewedNode(ClusterNode skewed) throws SQLException {
        LocalCluster.sleep(SKEWED.toMillis());
        commands.remove(skewed);
        skewed.close();
        Instant stopped = Instant.now();
        Instant settled = null;
        for (String processor : List.of("kafka-relay", "conflict-policy")) {
            settled = cluster.awaitOwners(processor, owners -> owners.stream().noneMatch(skewed::owns)
                    && owners.stream().noneMatch(String::isEmpty), Duration.ofSeconds(90));
        }
        LocalCluster.sleep(CALM.toMillis());
        return Duration.between(stopped, settled);
    }

    /** What a phase does; answers its recovery time. */
    private interface Fault {
        Duration inflict() throws Exception;
    }

    private void phase(String fault, Fault inflict) throws Exception {
        Instant start = Instant.now();
        Duration recovery = inflict.inflict();
        phases.add(new Phase(fault, start, Instant.now(), recovery));
    }

    /** The claim events stored that were not read from Kafka: global index, claim, sequence, timestamp. */
    private List<String> undelivered() {
        try (Connection db = cluster.db()) {
            return LocalCluster.rows(db, "SELECT eventidentifier || ' ' || globalindex || ' ' || aggregateidentifier"
                    + " || ' ' || sequencenumber || ' ' || timestamp FROM domainevententry WHERE type = 'Claim'"
                    + " ORDER BY globalindex").stream()
                    .filter(row -> !delivered.contains(row.substring(0, row.indexOf(' ')))).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether every claim event stored up to the global index {@code head} was read from Kafka. */
    private boolean storedUpToDelivered(long head) {
        try (Connection db = cluster.db()) {
            return LocalCluster.rows(db, "SELECT eventidentifier FROM domainevententry WHERE type = 'Claim'"
                    + " AND globalindex <= " + head).stream().allMatch(delivered::contains);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The acknowledged writes of a phase that the store, the read table or Kafka lacks. */
    private List<Ack> lost(Connection db, Phase phase) throws SQLException {
        Map<String, String> eventIds = new HashMap<>();
        for (String row : LocalCluster.rows(db, "SELECT aggregateidentifier || ' ' || sequencenumber || ' ' ||"
                + " eventidentifier FROM domainevententry WHERE type = 'Claim'")) {
            String[] parts = row.split(" ");
            eventIds.put(parts[0] + " " + parts[1], parts[2]);
        }
        Map<String, Long> projected = new HashMap<>();
        for (String row : LocalCluster.rows(db, "SELECT claim_id || ' ' || version FROM claim_view")) {
            String[] parts = row.split(" ");
            projected.put(parts[0], Long.parseLong(parts[1]));
        }
        return acks.stream().filter(ack -> within(ack.at(), phase)).filter(ack -> {
            String eventId = eventIds.get(ack.claimId() + " " + ack.version());
            return eventId == null || !delivered.contains(eventId)
                    || projected.getOrDefault(ack.claimId(), -1L) < ack.version();
        }).toList();
    }

    /** A repeat is allowed (at-least-once), a gap or a step back is not: every stored event, in order per claim. */
    private void kafkaHoldsEveryEventInOrderPerClaim(Connection db) throws SQLException {
        Map<String, Long> stored = new HashMap<>();
        for (String row : LocalCluster.rows(db, "SELECT aggregateidentifier || ' ' || count(*) FROM domainevententry"
                + " WHERE type = 'Claim' GROUP BY aggregateidentifier")) {
            String[] parts = row.split(" ");
            stored.put(parts[0], Long.parseLong(parts[1]));
        }
        Map<String, Long> next = new HashMap<>();
        for (Delivery delivery : deliveries) {
            long expected = next.getOrDefault(delivery.claimId(), 0L);
            assertThat(delivery.sequence()).as("claim %s on Kafka", delivery.claimId()).isLessThanOrEqualTo(expected);
            if (delivery.sequence() == expected) {
                next.put(delivery.claimId(), expected + 1);
            }
        }
        assertThat(next).isEqualTo(stored);
    }

    private List<String> report() throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.add("claimtrail fault suite (%s run): %d writers over the command nodes; lost must be 0".formatted(
                LONG ? "long" : "default", WRITERS));
        rows.add("");
        rows.add("%-28s %6s %10s %6s %5s %5s %9s %8s %10s".formatted("fault", "s", "writes/s", "acked", "lost",
                "dups", "refused", "max ms", "recovery s"));
        Set<String> seen = new HashSet<>();
        Map<Phase, Integer> duplicates = new HashMap<>();
        for (Delivery delivery : deliveries) {
            if (!seen.add(delivery.eventId())) {
                phases.stream().filter(p -> within(delivery.at(), p)).findFirst()
                        .ifPresent(p -> duplicates.merge(p, 1, Integer::sum));
            }
        }
        try (Connection db = cluster.db()) {
            for (Phase phase : phases) {
                double seconds = Duration.between(phase.start(), phase.end()).toMillis() / 1000.0;
                long acked = acks.stream().filter(ack -> within(ack.at(), phase)).count();
                long refused = answers.stream().filter(a -> within(a.sent(), phase) && a.status() / 100 != 2).count();
                long longest = answers.stream().filter(a -> within(a.sent(), phase))
                        .mapToLong(a -> a.took().toMillis()).max().orElse(0);
                rows.add("%-28s %6.0f %10.1f %6d %5d %5d %9d %8d %10.1f".formatted(phase.fault(), seconds,
                        acked / seconds, acked, lost(db, phase).size(), duplicates.getOrDefault(phase, 0), refused,
                        longest, phase.recovery().toMillis() / 1000.0));
            }
        }
        rows.add("");
        rows.add("refused: answered 503 (storage-unavailable); answers lost with a killed node: %d".formatted(
                lostInFlight.size()));
        return rows;
    }

    private static boolean within(Instant at, Phase phase) {
        return !at.isBefore(phase.start()) && at.isBefore(phase.end());
    }

    private static Instant until(Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return Instant.now();
            }
            LocalCluster.sleep(250);
        }
        return null;
    }

}
