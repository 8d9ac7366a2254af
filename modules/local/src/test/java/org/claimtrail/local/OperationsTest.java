package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What an operator sees of the processors: health details for admins only, and metrics for Prometheus. */
@ExtendWith(SharedLocalStack.class)
class OperationsTest {

    private final Api api;

    OperationsTest(LocalStack stack) {
        this.api = new Api(stack);
    }

    @Test
    void anonymousCallersSeeOnlyWhetherTheNodeIsUp() {
        JsonNode health = api.get(null, "/actuator/health").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        assertThat(api.get("reviewer1", "/actuator/health").json().has("components")).isFalse();
    }

    @Test
    void anAdminSeesEverySegmentWithItsOwnerPositionAndLag() {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            JsonNode processors = api.get("admin", "/actuator/health").json().at("/components/processors");
            assertThat(processors.get("status").asString()).isEqualTo("UP");
            for (String name : new String[]{"claims", "conflict-policy", "kafka-relay"}) {
                JsonNode processor = processors.at("/details/" + name);
                assertThat(processor.get("lag").asLong()).as("%s: %s", name, processor).isZero();
                assertThat(processor.get("segments")).as(name).hasSize(2);
                for (JsonNode segment : processor.get("segments")) {
                    // This one node runs every processor: it holds every segment.
                    assertThat(segment.get("owner").asString()).as(name).contains("@");
                    assertThat(segment.get("position").asLong()).isEqualTo(processor.get("head").asLong());
                }
            }
        });
    }

    @Test
    void processorLagAndOwnershipAreMetrics() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = api.get(null, "/actuator/prometheus").raw().body();
            assertThat(metrics).containsPattern("claimtrail_processor_lag\\{[^}]*processor=\"claims\"[^}]*segment=\"0\"");
            assertThat(metrics).containsPattern("claimtrail_processor_segments_owned\\{[^}]*processor=\"kafka-relay\"[^}]*\\} 2\\.0");
            assertThat(metrics).contains("claimtrail_kafka_relay_lag");
        });
    }
}
