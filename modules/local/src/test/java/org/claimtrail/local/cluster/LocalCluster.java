package org.claimtrail.local.cluster;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.claimtrail.local.Api;
import org.claimtrail.local.SharedLocalStack;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * docs/operations.md's local cluster as separate processes of the built jar, for the tests that kill, pause and restart
 * its nodes: a data directory and free ports of its own, the infrastructure node that runs PostgreSQL and Kafka
 * ({@code --claimtrail.roles=none}), and nodes that join it. {@link #close()} stops every node it started.
 */
final class LocalCluster implements AutoCloseable {

    static final Path JAR = Path.of("target", "claimtrail-local.jar");
    static final Duration READY = Duration.ofSeconds(180);
    static final String CLAIM_EVENTS = "claimtrail.claim-events";
    /** Spring Boot's launcher that adds {@code loader.path} to the jar's classpath. */
    private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private final Path dir;
    private final Map<String, String> env;
    private final int postgresPort;
    private final int kafkaPort;
    private final List<ClusterNode> started = new ArrayList<>();
    private final ClusterNode infrastructure;

    private LocalCluster() throws IOException {
        assertThat(JAR).as("the local jar, built by the package phase").exists();
        dir = Files.createTempDirectory("claimtrail-cluster");
        Files.createDirectories(dir.resolve("logs"));
        postgresPort = freePort();
        kafkaPort = freePort();
        env = Map.of(
                "CLAIMTRAIL_DATA_DIR", dir.resolve("data").toString(),
                "CLAIMTRAIL_POSTGRES_PORT", Integer.toString(postgresPort),
                "CLAIMTRAIL_KAFKA_PORT", Integer.toString(kafkaPort),
                "CLAIMTRAIL_DEMO_PASSWORD", SharedLocalStack.PASSWORD,
                "CLAIMTRAIL_SECURITY_VERIFIED_PASSWORD_TTL", "5m",
                // The writers write as one user each at up to hundreds a second; LimitsTest checks the limit.
                "CLAIMTRAIL_LIMITS_WRITES_ENABLED", "false",
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        infrastructure = node("infrastructure", "--claimtrail.roles=none");
    }

    /** Starts the infrastructure node and waits until it serves. */
    static LocalCluster start() throws IOException {
        LocalCluster cluster = new LocalCluster();
        try {
            cluster.infrastructure.awaitReady(READY);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Starts a node (not waiting for it) with {@code args}, such as {@code --join --claimtrail.roles=command}. */
    ClusterNode node(String name, String... args) {
        return node(name, List.of(), args);
    }

    /** Starts a node with options for its JVM ({@code -Dname=value}) as well. */
    ClusterNode node(String name, List<String> jvmOptions, String... args) {
        return start(name, List.of("-jar", JAR.toString()), jvmOptions, args);
    }

    /**
     * Starts a node with the test-only {@link CommitHaltAutoConfiguration} on its classpath, which
     * {@code --claimtrail.faults.halt=before-commit|after-commit} among {@code args} turns on.
     */
    ClusterNode nodeWithCommitHalt(String name, String... args) {
        Path hook = CommitHaltJar.writeInto(dir);
        return start(name, List.of("-Dloader.path=" + hook, "-cp", JAR.toString(), PROPERTIES_LAUNCHER), List.of(),
                args);
    }

    private ClusterNode start(String name, List<String> launch, List<String> jvmOptions, String... args) {
        ClusterNode node = ClusterNode.start(name, launch, freePort(), env, dir.resolve("logs"), jvmOptions, args);
        started.add(node);
        return node;
    }

    /** The node that runs PostgreSQL and Kafka. */
    ClusterNode infrastructure() {
        return infrastructure;
    }

    /** PostgreSQL's data directory, where its {@code postmaster.pid} is. */
    Path postgresDir() {
        return dir.resolve("data").resolve("postgres");
    }

    String kafkaBootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /** A consumer of every partition of the claim events topic, from its start, as a new subscriber reads it. */
    KafkaConsumer<String, byte[]> claimEventsFromTheStart() {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(CLAIM_EVENTS).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** A CloudEvents header of a record on the claim events topic. */
    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/postgres", "postgres", "");
    }

    /** Waits until the owners of every segment of {@code processor} satisfy {@code expected}; answers when. */
    Instant awaitOwners(String processor, Predicate<List<String>> expected, Duration timeout) throws SQLException {
        Instant deadline = Instant.now().plus(timeout);
        try (Connection db = db()) {
            while (Instant.now().isBefore(deadline)) {
                List<String> owners = rows(db, "SELECT coalesce(owner, '') FROM tokenentry WHERE processorname = '"
                        + processor + "'");
                if (!owners.isEmpty() && expected.test(owners)) {
                    return Instant.now();
                }
                sleep(250);
            }
        }
        throw new AssertionError("The segments of " + processor + " did not move as expected within " + timeout);
    }

    /** Waits until every processor has handled every stored event and nothing new is stored for a moment. */
    static void awaitQuiet(Api admin) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            JsonNode processors = admin.get("admin", "/actuator/health").json().at("/components/processors/details");
            long head = processors.at("/claims/head").asLong();
            for (String name : List.of("claims", "conflict-policy", "kafka-relay")) {
                assertThat(processors.get(name).get("lag").asLong()).as(name).isZero();
                assertThat(processors.get(name).get("replaying").asBoolean()).as(name).isFalse();
            }
            Thread.sleep(2_000);
            assertThat(admin.get("admin", "/actuator/health").json().at("/components/processors/details/claims/head")
                    .asLong()).isEqualTo(head);
        });
    }

    /** The first column of every row of {@code sql}, as text. */
    static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops every node, the last started first, so that the infrastructure node goes last. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
