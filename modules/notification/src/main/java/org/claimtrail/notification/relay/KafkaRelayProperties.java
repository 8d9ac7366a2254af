package org.claimtrail.notification.relay;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code claimtrail.kafka.*}: the topic that claim events go to, and how the server creates it where it may.
 */
@Validated
@ConfigurationProperties("claimtrail.kafka")
public record KafkaRelayProperties(
        @DefaultValue("claimtrail.claim-events") @NotBlank String topic,
        @DefaultValue("6") @Min(1) int partitions,
        @DefaultValue("1") @Min(1) short replicationFactor) {
}
