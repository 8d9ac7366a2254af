package org.claimtrail.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code java -jar claimtrail-local.jar [--fresh]}: runs the whole of claimtrail on this machine, with demo
 * accounts and demo data. {@code --fresh} deletes the data directory first.
 */
public final class ClaimtrailLocal {

    private ClaimtrailLocal() {
    }

    public static void main(String[] args) throws IOException {
        LocalSettings settings = LocalSettings.fromEnvironment(System.getenv());
        if (List.of(args).contains("--fresh")) {
            deleteRecursively(settings.dataDir());
        }
        LocalStack stack = LocalStack.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "claimtrail-local-shutdown"));
        System.out.println(banner(stack));
    }

    private static String banner(LocalStack stack) {
        StringBuilder out = new StringBuilder()
                .append("\nclaimtrail is up.\n")
                .append("  HTTP        ").append(stack.httpUrl()).append("  (API under /api/v1, health at /actuator/health)\n")
                .append("  Kafka       ").append(stack.kafkaBootstrapServers()).append("  topics claimtrail.claim-events, claimtrail.claim-state\n")
                .append("  PostgreSQL  localhost:").append(stack.postgresPort()).append("  database postgres, user postgres\n")
                .append("  Data        ").append(stack.settings().dataDir()).append("  (start fresh: --fresh)\n")
                .append("  Accounts    ");
        DemoAccounts.ACCOUNTS.forEach(a -> out.append(a.getKey()).append(' '));
        return out.append(" (password: ")
                .append(System.getenv().containsKey("CLAIMTRAIL_DEMO_PASSWORD") ? "$CLAIMTRAIL_DEMO_PASSWORD" : "claimtrail")
                .append(")\nPress Ctrl-C to stop.\n").toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
