package org.claimtrail.notification.checkpoint;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
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
 * The checkpoint topic ({@code claimtrail.audit.checkpoint-topic}) and its producer, where a signing key is
 * configured. The topic keeps every message for ever, so that the copy outside the database has the whole series
 * of signed heads, not only the last.
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

    /**
     * The checkpoint writer reads the event store itself, not through the prompt streams the other processors read:
     * no call back 20 ms after each commit, and a claim that changed several times before the writer looked is signed
     * once. Axon waits 500 ms only after a look that found nothing; under steady load it finds events at every look
     * (330 checkpoints a second for 80 claims judged at 1,300 verdicts a second), which is still a fraction of the
     * signature, row and Kafka record per event it took on the prompt streams.
     */
    @Bean
    ConfigurerModule checkpointsReadFromTheEventStore() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                CheckpointWriter.PROCESSING_GROUP,
                (configuration, processor) -> processor.messageSource(configuration.eventStore()));
    }

    /** A bean of its own, so that the context closes its producer on shutdown. */
    @Bean
    ProducerFactory<String, String> checkpointProducerFactory(KafkaProperties kafka) {
        return BatchProducers.factory(kafka, new StringSerializer(), "checkpoints");
    }

    @Bean
    KafkaTemplate<String, String> checkpointKafkaTemplate(ProducerFactory<String, String> checkpointProducerFactory) {
        return new KafkaTemplate<>(checkpointProducerFactory);
    }
}
