package org.claimtrail.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it opens. Read from the environment:
 * {@code CLAIMTRAIL_DATA_DIR} (default {@code ~/.claimtrail}), {@code SERVER_PORT} (8080),
 * {@code CLAIMTRAIL_POSTGRES_PORT} (5433), {@code CLAIMTRAIL_KAFKA_PORT} (9092) and
 * {@code CLAIMTRAIL_DEMO_PASSWORD} (claimtrail).
 */
public record LocalSettings(Path dataDir, int httpPort, int postgresPort, int kafkaPort, String demoPassword) {

    public static LocalSettings fromEnvironment(Map<String, String> env) {
        return new LocalSettings(
                Path.of(env.getOrDefault("CLAIMTRAIL_DATA_DIR", System.getProperty("user.home") + "/.claimtrail")),
                Integer.parseInt(env.getOrDefault("SERVER_PORT", "8080")),
                Integer.parseInt(env.getOrDefault("CLAIMTRAIL_POSTGRES_PORT", "5433")),
                Integer.parseInt(env.getOrDefault("CLAIMTRAIL_KAFKA_PORT", "9092")),
                env.getOrDefault("CLAIMTRAIL_DEMO_PASSWORD", "claimtrail"));
    }

    Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }
}
