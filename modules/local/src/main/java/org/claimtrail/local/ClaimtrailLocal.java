package org.claimtrail.local;

import org.claimtrail.platform.role.NodeRole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code java -jar claimtrail-local.jar verify-history BUNDLE --public-key KEY.pem} verifies an exported history
 * offline ({@link VerifyHistory}). Otherwise
 * {@code java -jar claimtrail-local.jar [--fresh] [--join] [--name=value ...]}: runs claimtrail on this machine with
 * demo accounts and demo data. {@code --fresh} deletes the data directory first; {@code --join} uses the PostgreSQL
 * and Kafka that another local process runs (started with {@code --claimtrail.roles=none}) instead of starting its
 * own. Every other argument goes to Spring as it is, so {@code --server.port=8081} and
 * {@code --claimtrail.roles=command} work as on any Spring Boot server.
 */
public final class ClaimtrailLocal {

    private static final String FRESH = "--fresh";
    private static final String JOIN = "--join";

    private ClaimtrailLocal() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals(VerifyHistory.COMMAND)) {
            // Offline: nothing is started, no server, no database.
            System.exit(VerifyHistory.run(List.of(args), System.out, System.err));
        }
        LocalSettings settings = LocalSettings.fromEnvironment(System.getenv());
        List<String> arguments = List.of(args);
        boolean join = arguments.contains(JOIN);
        if (arguments.contains(FRESH)) {
            if (join) {
                throw new IllegalArgumentException(FRESH + " deletes the data of the process that runs PostgreSQL and "
                        + "Kafka; give it to that process, not to one that joins it.");
            }
            deleteRecursively(settings.dataDir());
        }
        String[] springArgs = arguments.stream().filter(a -> !a.equals(FRESH) && !a.equals(JOIN))
                .toArray(String[]::new);
        LocalStack stack = LocalStack.start(settings, join, springArgs);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "claimtrail-local-shutdown"));
        System.out.println(banner(stack));
    }

    private static String banner(LocalStack stack) {
        StringBuilder out = new StringBuilder()
                .append("\nclaimtrail is up")
                .append(stack.runsInfrastructure() ? "" : ", joined to the local stack's PostgreSQL and Kafka")
                .append(".\n")
                .append("  Roles       ").append(roles(stack)).append('\n')
                .append("  HTTP        ").append(stack.httpUrl()).append("  (API under /api/v1, health at /actuator/health)\n")
                .append("  Kafka       ").append(stack.kafkaBootstrapServers()).append("  topics claimtrail.claim-events, claimtrail.claim-state, claimtrail.audit.checkpoints\n")
                .append("  PostgreSQL  localhost:").append(stack.postgresPort()).append("  database postgres, user postgres\n")
                .append(stack.runsInfrastructure()
                        ? "  Data        " + stack.settings().dataDir() + "  (start fresh: --fresh)\n" : "")
                .append("  Accounts    ");
        DemoAccounts.ACCOUNTS.forEach(a -> out.append(a.getKey()).append(' '));
        return out.append(" (password: ")
                .append(System.getenv().containsKey("CLAIMTRAIL_DEMO_PASSWORD") ? "$CLAIMTRAIL_DEMO_PASSWORD" : "claimtrail")
                .append(")\nPress Ctrl-C to stop.\n").toString();
    }

    private static String roles(LocalStack stack) {
        Set<NodeRole> roles = NodeRole.of(stack.server().getEnvironment());
        return roles.isEmpty() ? "none (PostgreSQL, Kafka and health only)"
                : roles.stream().map(NodeRole::toString).collect(Collectors.joining(", "));
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
