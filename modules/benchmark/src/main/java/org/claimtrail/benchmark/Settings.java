package org.claimtrail.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to measure and where, from {@code --name=value} arguments; the defaults point at the local stack of the README
 * started with its default ports.
 */
record Settings(String url, String jdbcUrl, String jdbcUser, String jdbcPassword, String kafka, String password,
                List<Integer> clients, Duration warmup, Duration duration, int longStream, int propositionClaims,
                Duration propositionLimit, Path out) {

    static Settings from(String... args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
            }
            given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return new Settings(
                given.getOrDefault("url", "http://localhost:8080"),
                given.getOrDefault("jdbc-url", "jdbc:postgresql://localhost:5433/postgres"),
                given.getOrDefault("jdbc-user", "postgres"),
                given.getOrDefault("jdbc-password", ""),
                given.getOrDefault("kafka", "localhost:9092"),
                given.getOrDefault("password", "claimtrail"),
                Arrays.stream(given.getOrDefault("clients", "1,4,16").split(",")).map(String::strip)
                        .map(Integer::parseInt).toList(),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup-seconds", "300"))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("seconds", "10"))),
                Integer.parseInt(given.getOrDefault("long-stream", "10000")),
                Integer.parseInt(given.getOrDefault("proposition-claims", "1000")),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("proposition-limit-seconds", "120"))),
                Path.of(given.getOrDefault("out", "benchmark-result.json")));
    }
}
