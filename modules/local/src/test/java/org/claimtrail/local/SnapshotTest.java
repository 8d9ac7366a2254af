package org.claimtrail.local;

import org.axonframework.common.caching.Cache;
import org.claimtrail.command.AggregateConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A claim loaded from a snapshot, not from its cache or its whole stream, still follows every rule. */
@ExtendWith(SharedLocalStack.class)
class SnapshotTest {

    @Test
    void aClaimLoadedFromItsSnapshotKeepsItsVerdictsAndItsHashChain(LocalStack stack) {
        Api api = new Api(stack);
        JdbcClient jdbc = stack.server().getBean(JdbcClient.class);
        Api.Response proposed = api.post("contributor", "/api/v1/claims",
                Api.proposal("A claim reviewed at length.", "snapshots"));
        String id = proposed.json().get("id").asString();

        // 100 verdicts make 101 events: the snapshot is taken at the 100th.
        for (int i = 0; i < 100; i++) {
            String verdict = i % 2 == 0 ? "DISPUTE" : "CORROBORATE";
            assertThat(api.post("reviewer1", "/api/v1/claims/" + id + "/verdicts", Api.verdict(verdict, "round " + i))
                    .status()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT convert_from(payload, 'UTF8') FROM snapshotevententry WHERE aggregateidentifier = ?")
                .param(id).query(String.class).optional()).hasValueSatisfying(snapshot ->
                assertThat(snapshot).contains("reviewer1").contains("contributor")));

        stack.server().getBean(AggregateConfiguration.CACHE, Cache.class).removeAll();

        // reviewer1's last verdict, a corroboration, comes from the snapshot: with reviewer2's it makes the quorum.
        Api.Response decided = api.post("reviewer2", "/api/v1/claims/" + id + "/verdicts",
                Api.verdict("CORROBORATE", "Confirmed."));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("state").asString()).isEqualTo("CORROBORATED");
        assertThat(decided.header("ETag")).isEqualTo("\"101\"");
        assertThat(api.get("auditor", "/api/v1/claims/" + id + "/history/verify").json().get("intact").asBoolean())
                .isTrue();
    }
}
