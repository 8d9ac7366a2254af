package org.claimtrail.notification.checkpoint;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.claimtrail.notification.relay.BatchProducers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The audit chain's copy outside the database ({@link KafkaCheckpointCopy}): the checkpoint topic
 * ({@code claimtrail.audit.checkpoint-topic}) and its producer, where a signing key is configured. The topic keeps
 * every message for ever, so that the copy has the whole series of signed heads, not only the last.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("claimtrail.audit.signing-key")
class CheckpointConfiguration {

    @Bean
    NewTopic checkpointTopic(@Value("${claimtrail.audit.checkpoint-topic:claimtrail.audit.checkpoints}") String name,
                             @Value("${claimtrail.kafka.partitions:6}") int partitions,
                             @Value("${claimtrail.kafka.replication-factor:1}") short replicationFactor) {
        return TopicBuilder.name(name)
                .partitions(partitions)
                .replicas(replicationFactor)
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, replicationFactor >= 3 ? "2" : "1")
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                .build();
    }

    /** A bean of its own, so that the context closes its producer on shutdown. */
    @Bean
    ProducerFactory<String, String> checkpointProducerFactory(KafkaProperties kafka) {
        return BatchProducers.factory(kafka, new StringSerializer(), "checkpoints");
    }

    @Bean
    KafkaCheckpointCopy checkpointCopy(ProducerFactory<String, String> checkpointProducerFactory,
                                       @Value("${claimtrail.audit.checkpoint-topic:claimtrail.audit.checkpoints}")
                                       String topic) {
        return new KafkaCheckpointCopy(new KafkaTemplate<>(checkpointProducerFactory), topic);
    }
}
