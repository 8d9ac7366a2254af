package org.claimtrail.server.edge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-user write limit as the server is shipped (docs/api.md#limits): a burst of 100 writes, filled again in 5 s
 * (20 a second), told on every write; reads carry nothing of it. LimitsTest drives a user over a limit.
 */
class WriteLimitEdgeTest extends EdgeTest {

    @Test
    void everyWriteIsToldTheDefaultLimitAndWhatIsLeftOfIt() {
        Answer written = post("/api/v1/edge/notes", "reviewer", NOTE);

        assertThat(written.status()).isEqualTo(201);
        assertThat(written.header("RateLimit-Policy")).isEqualTo("\"writes\";q=100;w=5");
        assertThat(written.header("RateLimit")).matches("\"writes\";r=\\d{1,2};t=[0-5]");
    }

    @Test
    void readsAreNotCounted() {
        Answer read = get("/api/v1/edge/notes", "auditor");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("RateLimit")).isNull();
        assertThat(read.header("RateLimit-Policy")).isNull();
    }
}
