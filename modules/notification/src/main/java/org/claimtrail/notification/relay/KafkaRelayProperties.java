package org.claimtrail.notification.relay;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code claimtrail.kafka.*}: the topics that claim events and claim states go to, and how the server creates them
 * where it may.
 */
@Validated
@ConfigurationProperties("claimtrail.kafka")
public record KafkaRelayProperties(
        @DefaultValue("claimtrail.claim-events") @NotBlank String topic,
        @DefaultValue("claimtrail.claim-state") @NotBlank String stateTopic,
        @DefaultValue("6") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicationFactor) {

    /** As infra/kafka/create-topics.sh sets it: a write survives one lost replica once there are three. */
    int minInsyncReplicas() {
        return replicationFactor >= 3 ? 2 : 1;
    }
}
