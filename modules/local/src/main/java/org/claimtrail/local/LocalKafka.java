package org.claimtrail.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one), run in-process from Kafka's own jars.
 * Its log lives in a directory that survives restarts, formatted on first start as {@code kafka-storage format} does.
 */
final class LocalKafka implements AutoCloseable {

    /** Fixed, so that the log directory formatted on first start stays valid. */
    private static final String CLUSTER_ID = "Y2xhaW10cmFpbC1sb2NhbA";
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final int port;

    private LocalKafka(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts the broker on {@code port} (0: any free port) with its log in {@code dir}. */
    static LocalKafka start(Path dir, int port) {
        int brokerPort = port == 0 ? freePort() : port;
        int controllerPort = freePort();
        try {
            Files.createDirectories(dir);
            Properties config = new Properties();
            config.put("process.roles", "broker,controller");
            config.put("node.id", Integer.toString(NODE_ID));
            config.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
            config.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
            config.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
            config.put("controller.listener.names", "CONTROLLER");
            config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            config.put("inter.broker.listener.name", "PLAINTEXT");
            config.put("log.dirs", dir.toString());
            // One node: internal topics cannot have more replicas than that.
            config.put("offsets.topic.replication.factor", "1");
            config.put("transaction.state.log.replication.factor", "1");
            config.put("transaction.state.log.min.isr", "1");
            config.put("share.coordinator.state.topic.replication.factor", "1");
            config.put("share.coordinator.state.topic.min.isr", "1");
            config.put("group.initial.rebalance.delay.ms", "0");
            config.put("num.partitions", "1");
            // The broker runs in the server's heap. The log cleaner allocates its dedupe buffer there at start, 128 MiB
            // by default, sized for a broker of many compacted partitions; the state topic's six need a fraction.
            config.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
            // A broker's defaults (3 network, 8 request threads) are for a machine of its own; beside the server on
            // two cores, each record woke more threads than there are cores to run them.
            config.put("num.network.threads", "1");
            config.put("num.io.threads", "2");
            KafkaConfig kafkaConfig = new KafkaConfig(config);

            format(dir);
            KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
            server.startup();
            return new LocalKafka(server, brokerPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka could not use " + dir, e);
        }
    }

    private static void format(Path dir) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setClusterId(CLUSTER_ID)
                    .setNodeId(NODE_ID)
                    .setDirectories(List.of(dir.toString()))
                    .setMetadataLogDirectory(dir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    // A directory formatted by an earlier start is kept as it is.
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the Kafka log directory " + dir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
