package org.claimtrail.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to measure and where, from {@code --name=value} arguments; the defaults point at the local stack of the README
 * started with its default ports.
 */
record Settings(String url, String jdbcUrl, String jdbcUser, String jdbcPassword, String kafka, String password,
                List<Integer> clients, Duration warmup, Duration duration, int longStream, int propositionClaims,
                Duration propositionLimit, Path out) {

    /** Every option with its default, in the order {@link #usage()} lists them. */
    private static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("url", "http://localhost:8080");
        defaults.put("jdbc-url", "jdbc:postgresql://localhost:5433/postgres");
        defaults.put("jdbc-user", "postgres");
        defaults.put("jdbc-password", "");
        defaults.put("kafka", "localhost:9092");
        defaults.put("password", "claimtrail");
        defaults.put("clients", "1,4,16");
        defaults.put("warmup-seconds", "300");
        defaults.put("seconds", "10");
        defaults.put("long-stream", "10000");
        defaults.put("proposition-claims", "1000");
        defaults.put("proposition-limit-seconds", "120");
        defaults.put("out", "benchmark-result.json");
        return defaults;
    }

    /** The options and their defaults, as {@code --help} prints them. */
    static String usage() {
        StringBuilder usage = new StringBuilder("Options, each --name=value (the defaults measure the local stack):\n");
        DEFAULTS.forEach((name, value) -> usage.append("  --").append(name).append('=').append(value).append('\n'));
        return usage.toString();
    }

    /** The settings {@code args} give; a misspelt option is refused rather than left at its default. */
    static Settings from(String... args) {
        Map<String, String> given = new HashMap<>(DEFAULTS);
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (!DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("There is no option --" + name);
            }
            given.put(name, arg.substring(arg.indexOf('=') + 1));
        }
        return new Settings(
                given.get("url"),
                given.get("jdbc-url"),
                given.get("jdbc-user"),
                given.get("jdbc-password"),
                given.get("kafka"),
                given.get("password"),
                Arrays.stream(given.get("clients").split(",")).map(String::strip)
                        .map(Integer::parseInt).toList(),
                Duration.ofSeconds(Long.parseLong(given.get("warmup-seconds"))),
                Duration.ofSeconds(Long.parseLong(given.get("seconds"))),
                Integer.parseInt(given.get("long-stream")),
                Integer.parseInt(given.get("proposition-claims")),
                Duration.ofSeconds(Long.parseLong(given.get("proposition-limit-seconds"))),
                Path.of(given.get("out")));
    }
}
