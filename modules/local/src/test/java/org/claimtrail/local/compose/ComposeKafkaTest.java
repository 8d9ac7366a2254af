package org.claimtrail.local.compose;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The Kafka of docker-compose.yml, which no Docker runs here: its broker configuration ({@code x-kafka-broker}),
 * rendered into properties as the apache/kafka image renders them, run as a broker process of its own after
 * {@code infra/kafka/init-kafka.sh} made its credentials and formatted its log, then
 * {@code infra/kafka/create-topics.sh} run against it as the {@code kafka-topics} service runs it, with Kafka's own
 * tools. Only the listeners' host ports change. claimtrail's user writes and reads, the subscriber only reads, and
 * nobody gets in without a password.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeKafkaTest {

    private static final Path REPOSITORY = Path.of("../..");
    private static final String ADMIN = "admin-" + UUID.randomUUID();
    private static final String CLAIMTRAIL = "claimtrail-" + UUID.randomUUID();
    private static final String SUBSCRIBER = "subscriber-" + UUID.randomUUID();
    private static final String EVENTS = "claimtrail.claim-events";
    /** The apache/kafka image leaves these to the JVM and its scripts, not to the broker's properties. */
    private static final List<String> NOT_PROPERTIES = List.of("KAFKA_VERSION", "KAFKA_HEAP_OPT", "KAFKA_LOG4J_OPTS",
            "KAFKA_OPTS", "KAFKA_JMX_OPTS", "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_GC_LOG_OPTS",
            "KAFKA_LOG4J_ROOT_LOGLEVEL", "KAFKA_LOG4J_LOGGERS", "KAFKA_TOOLS_LOG4J_LOGLEVEL");

    private final Path dir;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, Map<String, Object>> services;
    private Process broker;

    ComposeKafkaTest() throws IOException {
        dir = Files.createTempDirectory("claimtrail-compose-kafka");
        services = new Yaml().<Map<String, Map<String, Map<String, Object>>>>load(
                Files.readString(REPOSITORY.resolve("docker-compose.yml"))).get("services");
        for (String listener : List.of("INTERNAL", "CONTROLLER", "EXTERNAL")) {
            ports.put(listener, freePort());
        }
    }

    @BeforeAll
    void start() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        tool(bin, "kafka-storage.sh", "kafka.tools.StorageTool");
        tool(bin, "kafka-topics.sh", "org.apache.kafka.tools.TopicCommand");
        tool(bin, "kafka-configs.sh", "kafka.admin.ConfigCommand");
        tool(bin, "kafka-acls.sh", "org.apache.kafka.tools.AclCommand");

        Map<String, String> init = environment("kafka-init");
        assertThat(init.get("ADMIN_PASSWORD")).startsWith("${KAFKA_ADMIN_PASSWORD:?");
        init.put("ADMIN_PASSWORD", ADMIN);
        assertThat(run("init-kafka.sh", init)).contains("formatted with the SCRAM credentials of admin");

        Map<String, String> kafka = environment("kafka");
        Properties config = rendered(kafka);
        Path properties = dir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(properties)) {
            config.store(out, "docker-compose.yml, service kafka, as the apache/kafka image renders it");
        }
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(kafka.get("KAFKA_OPTS").replace("/etc/kafka/secrets", dir.resolve("secrets").toString())
                .split(" ")));
        command.addAll(List.of("kafka.Kafka", properties.toString()));
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("broker.log").toFile());
        process.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        broker = process.start();

        Map<String, String> topics = environment("kafka-topics");
        topics.put("BOOTSTRAP_SERVERS", "localhost:" + ports.get("INTERNAL"));
        topics.put("ADMIN_PASSWORD", ADMIN);
        topics.put("CLAIMTRAIL_PASSWORD", CLAIMTRAIL);
        topics.put("SUBSCRIBER_PASSWORD", SUBSCRIBER);
        topics.put("CLAIMTRAIL_KAFKA_TOPIC", EVENTS);
        topics.put("CLAIMTRAIL_KAFKA_STATE_TOPIC", "claimtrail.claim-state");
        topics.put("WAIT_SECONDS", "120");
        assertThat(run("create-topics.sh", topics))
                .contains("ACLs ready: claimtrail writes and reads, subscriber reads (groups subscriber*)");
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (broker != null) {
            broker.destroy();
            if (!broker.waitFor(30, TimeUnit.SECONDS)) {
                broker.destroyForcibly();
            }
        }
    }

    @Test
    void claimtrailWritesAndTheSubscriberReadsOnEitherListener() throws Exception {
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer("INTERNAL", "claimtrail", CLAIMTRAIL)) {
            producer.send(new ProducerRecord<>(EVENTS, key, "{\"event\": 1}")).get(30, TimeUnit.SECONDS);
        }
        for (String listener : List.of("INTERNAL", "EXTERNAL")) {
            try (KafkaConsumer<String, String> consumer = consumer(listener, "subscriber", SUBSCRIBER,
                    "subscriber-" + listener)) {
                consumer.subscribe(List.of(EVENTS));
                List<String> keys = new ArrayList<>();
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        keys.add(record.key());
                    }
                    assertThat(keys).contains(key);
                });
            }
        }
    }

    @Test
    void theSubscriberCannotWrite() {
        // An idempotent producer is refused its producer id (no Write on any topic), a plain one the topic.
        try (KafkaProducer<String, String> producer = producer("EXTERNAL", "subscriber", SUBSCRIBER, true)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(EVENTS, "forged", "{\"forged\": true}"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ClusterAuthorizationException.class);
        }
        try (KafkaProducer<String, String> producer = producer("INTERNAL", "subscriber", SUBSCRIBER, false)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(EVENTS, "forged", "{\"forged\": true}"))
                    .get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theSubscriberReadsInItsOwnGroupsOnly() {
        try (KafkaConsumer<String, String> consumer = consumer("EXTERNAL", "subscriber", SUBSCRIBER, "claimtrail-x")) {
            consumer.subscribe(List.of(EVENTS));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(30))).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void nobodyGetsInWithoutThePassword() {
        try (KafkaProducer<String, String> producer = producer("EXTERNAL", "claimtrail", "wrong-password")) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(EVENTS, "x", "{}")).get(30, TimeUnit.SECONDS))
                    .cause().isInstanceOf(SaslAuthenticationException.class);
        }
        Map<String, Object> plaintext = Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + ports.get("EXTERNAL"), ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(plaintext, new StringSerializer(),
                new StringSerializer())) {
            // The listener speaks SASL only: a client without it never gets the broker's metadata.
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(EVENTS, "x", "{}")).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(TimeoutException.class);
        }
    }

    /** A service's environment as compose gives it (merge keys resolved), with this test's ports and directories. */
    private Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        ((Map<?, ?>) services.get(service).get("environment"))
                .forEach((name, value) -> environment.put(name.toString(), String.valueOf(value)));
        environment.computeIfPresent("KAFKA_LISTENERS", (name, value) -> localPorts(value));
        environment.computeIfPresent("KAFKA_ADVERTISED_LISTENERS", (name, value) -> localPorts(value));
        environment.computeIfPresent("KAFKA_CONTROLLER_QUORUM_VOTERS",
                (name, value) -> value.replaceAll("@[^,]+", "@localhost:" + ports.get("CONTROLLER")));
        environment.computeIfPresent("KAFKA_LOG_DIRS", (name, value) -> dir.resolve("data").toString());
        environment.put("SECRETS_DIR", dir.resolve("secrets").toString());
        environment.put("KAFKA_HOME", dir.toString());
        return environment;
    }

    private String localPorts(String listeners) {
        Matcher listener = Pattern.compile("(\\w+)://[^,]*").matcher(listeners);
        StringBuilder local = new StringBuilder();
        while (listener.find()) {
            assertThat(ports).containsKey(listener.group(1));
            listener.appendReplacement(local, listener.group(1) + "://localhost:" + ports.get(listener.group(1)));
        }
        return listener.appendTail(local).toString();
    }

    /**
     * The broker's properties from its KAFKA_* variables, as the image's {@code ub render-properties} makes them: a
     * single underscore is a dot, a double one an underscore, a triple one a dash, and a variable whose value holds
     * {@code =} is dropped (the image splits each variable at every {@code =}).
     */
    private static Properties rendered(Map<String, String> environment) {
        Map<String, String> sorted = new TreeMap<>();
        Pattern single = Pattern.compile("[^_]_[^_]");
        environment.forEach((name, value) -> {
            if (!name.startsWith("KAFKA_") || NOT_PROPERTIES.contains(name) || name.equals("KAFKA_HOME")
                    || value.contains("=")) {
                return;
            }
            Matcher matcher = single.matcher(name.substring("KAFKA_".length()));
            StringBuilder key = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(key, Matcher.quoteReplacement(matcher.group().replace('_', '.')));
            }
            matcher.appendTail(key);
            sorted.put(key.toString().replace("___", "-").replace("__", "_").toLowerCase(), value);
        });
        Properties properties = new Properties();
        properties.putAll(sorted);
        return properties;
    }

    private void tool(Path bin, String script, String mainClass) throws IOException {
        Path file = bin.resolve(script);
        Files.writeString(file, "#!/bin/sh\nexec \"" + java() + "\" " + mainClass + " \"$@\"\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
    }

    /** Runs a script of infra/kafka with {@code environment} and Kafka's tools; answers what it printed. */
    private String run(String script, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder("sh", REPOSITORY.resolve("infra/kafka").resolve(script).toString())
                .redirectErrorStream(true);
        process.environment().putAll(environment);
        process.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process running = process.start();
        String output = new String(running.getInputStream().readAllBytes());
        assertThat(running.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(running.exitValue()).as(script + " printed:\n" + output).isZero();
        return output;
    }

    /** A producer as the server's relay makes one: idempotent, all replicas acknowledge. */
    private KafkaProducer<String, String> producer(String listener, String user, String password) {
        return producer(listener, user, password, true);
    }

    private KafkaProducer<String, String> producer(String listener, String user, String password,
                                                   boolean idempotent) {
        Map<String, Object> config = client(listener, user, password);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, idempotent);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private KafkaConsumer<String, String> consumer(String listener, String user, String password, String group) {
        Map<String, Object> config = client(listener, user, password);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    /** A client as docs/kafka.md tells subscribers to configure one. */
    private Map<String, Object> client(String listener, String user, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + ports.get(listener));
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        config.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"" + user + "\" password=\"" + password + "\";");
        return config;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
