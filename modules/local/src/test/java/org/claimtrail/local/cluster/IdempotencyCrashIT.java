package org.claimtrail.local.cluster;

import org.claimtrail.local.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A command node dies in the middle of a request with an {@code Idempotency-Key} (halted by the test-only fault hook
 * {@link CommitHaltAutoConfiguration}, as {@code kill -9} would stop it, at a chosen point), is started again, and the client
 * retries the same request with the same key: it gets one answer and the claim is changed once. After the commit, the
 * retry is answered from what the first run committed; before it, nothing was committed and the retry runs anew.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class IdempotencyCrashIT {

    /** What a halted JVM exits with: the hook's {@code Runtime.halt(137)}, as after {@code kill -9}. */
    private static final int HALTED = CommitHaltAutoConfiguration.HALTED;
    /** The restarted node lets a key held by the dead run go after a second, not the default minute. */
    private static final String SHORT_LEASE = "--claimtrail.idempotency.in-flight-lease=1s";

    private LocalCluster cluster;

    @BeforeEach
    void startInfrastructure() throws IOException {
        cluster = LocalCluster.start();
    }

    @AfterEach
    void stopAll() {
        cluster.close();
    }

    @Test
    void aNodeThatDiesBetweenCommitAndAnswerAnswersTheRetryOnceAndChangesOnce() throws SQLException {
        String key = UUID.randomUUID().toString();
        String body = Api.proposal("A claim whose first answer died with its node.", "crash-after-commit");

        ClusterNode crashing = haltingCommandNode("command-halts-after-commit", "after-commit");
        assertThatThrownBy(() -> propose(crashing, key, body)).as("the answer dies with the node")
                .isInstanceOf(UncheckedIOException.class);
        assertThat(crashing.awaitExit(Duration.ofSeconds(30))).as("halted by the hook").isEqualTo(HALTED);
        assertThat(crashing.log()).as("halted where the hook halts").contains(CommitHaltAutoConfiguration.HALTING
                + CommitHaltAutoConfiguration.Point.AFTER_COMMIT);
        List<String> committed = claimsOn("crash-after-commit");
        assertThat(committed).as("the change committed before the node died").hasSize(1);

        ClusterNode restarted = commandNode("command-restarted", SHORT_LEASE);
        LocalCluster.sleep(1_500);
        Api.Response retried = propose(restarted, key, body);

        assertThat(retried.status()).as(retried.raw().body()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().get("id").asString()).isEqualTo(committed.get(0));
        assertThat(retried.header("Location")).endsWith("/api/v1/claims/" + committed.get(0));
        assertThat(retried.header("ETag")).isEqualTo("\"0\"");
        assertThat(claimsOn("crash-after-commit")).as("one change").isEqualTo(committed);
        assertThat(eventsOf(committed.get(0))).isEqualTo(1);
        // And from now on the answer is the kept one.
        Api.Response again = propose(restarted, key, body);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.raw().body()).isEqualTo(retried.raw().body());
    }

    @Test
    void aNodeThatDiesBeforeTheCommitLeavesNothingAndTheRetryRunsOnce() throws SQLException {
        String key = UUID.randomUUID().toString();
        String body = Api.proposal("A claim whose first run died before its commit.", "crash-before-commit");

        ClusterNode crashing = haltingCommandNode("command-halts-before-commit", "before-commit");
        assertThatThrownBy(() -> propose(crashing, key, body)).isInstanceOf(UncheckedIOException.class);
        assertThat(crashing.awaitExit(Duration.ofSeconds(30))).isEqualTo(HALTED);
        assertThat(crashing.log()).as("halted where the hook halts").contains(CommitHaltAutoConfiguration.HALTING
                + CommitHaltAutoConfiguration.Point.BEFORE_COMMIT);
        assertThat(claimsOn("crash-before-commit")).as("nothing committed: neither events nor result").isEmpty();

        ClusterNode restarted = commandNode("command-restarted", SHORT_LEASE);
        LocalCluster.sleep(1_500);
        Api.Response retried = propose(restarted, key, body);

        assertThat(retried.status()).as(retried.raw().body()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).as("nothing to replay").isNull();
        List<String> claims = claimsOn("crash-before-commit");
        assertThat(claims).as("one change").hasSize(1).containsExactly(retried.json().get("id").asString());
        assertThat(eventsOf(claims.get(0))).isEqualTo(1);
    }

    private ClusterNode commandNode(String name, String... args) {
        return ready(cluster.node(name, commandRole(args)));
    }

    /** A command node with the fault hook on, halting at {@code point}. */
    private ClusterNode haltingCommandNode(String name, String point) {
        return ready(cluster.nodeWithCommitHalt(name, commandRole("--claimtrail.faults.halt=" + point)));
    }

    private static String[] commandRole(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--join";
        all[1] = "--claimtrail.roles=command";
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    private static ClusterNode ready(ClusterNode node) {
        node.awaitReady(LocalCluster.READY);
        return node;
    }

    private static Api.Response propose(ClusterNode node, String key, String body) {
        return new Api(node.url()).post("contributor", "/api/v1/claims", body, Map.of("Idempotency-Key", key));
    }

    /** The claims proposed on {@code proposition}, as the event store holds them. */
    private List<String> claimsOn(String proposition) throws SQLException {
        try (Connection db = cluster.db()) {
            return LocalCluster.rows(db, "SELECT aggregateidentifier FROM domainevententry WHERE sequencenumber = 0"
                    + " AND type = 'Claim' AND convert_from(payload, 'UTF8') LIKE '%\"" + proposition + "\"%'");
        }
    }

    private long eventsOf(String claimId) throws SQLException {
        try (Connection db = cluster.db()) {
            return Long.parseLong(LocalCluster.rows(db, "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = '"
                    + claimId + "'").get(0));
        }
    }
}
