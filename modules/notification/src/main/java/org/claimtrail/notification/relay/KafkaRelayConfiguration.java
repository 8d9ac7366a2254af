package org.claimtrail.notification.relay;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

import java.util.HashMap;
import java.util.Map;

/**
 * The relay's topics and producers. Topics are created by the server on start where the cluster allows it, with the
 * same settings as infra/kafka/create-topics.sh, which does it elsewhere; existing topics are left as they are.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaRelayProperties.class)
class KafkaRelayConfiguration {

    @Bean
    NewTopic claimEventsTopic(KafkaRelayProperties properties) {
        return topic(properties.topic(), properties)
                // Subscribers may replay from the start: keep every event.
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                .build();
    }

    /** The latest state of each claim: compaction keeps one message per claim id. */
    @Bean
    NewTopic claimStateTopic(KafkaRelayProperties properties) {
        return topic(properties.stateTopic(), properties)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                // Hourly segments let compaction catch up; tombstones stay a day so that slow consumers see them.
                .config(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0")
                .config(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1")
                .config(TopicConfig.SEGMENT_MS_CONFIG, "3600000")
                .config(TopicConfig.DELETE_RETENTION_MS_CONFIG, "86400000")
                .build();
    }

    /** Both topics share their partitioning and durability settings. */
    private static TopicBuilder topic(String name, KafkaRelayProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(properties.minInsyncReplicas()));
    }

    /**
     * How long a record may wait for others to share its request. Writers that wait for their records flush them
     * instead (the relay at the end of each batch): until then a batch's records gather into one request, where with
     * no linger the broker took a request, and most of its CPU, per record.
     */
    private static final int BATCH_LINGER_MS = 50;

    /** Beans of their own, so that the context closes their producers on shutdown. */
    @Bean
    ProducerFactory<String, CloudEvent> cloudEventProducerFactory(KafkaProperties kafka) {
        return producers(kafka, CloudEventSerializer.class, "events");
    }

    @Bean
    KafkaTemplate<String, CloudEvent> cloudEventKafkaTemplate(ProducerFactory<String, CloudEvent> producers) {
        return new KafkaTemplate<>(producers);
    }

    @Bean
    ProducerFactory<String, byte[]> claimStateProducerFactory(KafkaProperties kafka) {
        return producers(kafka, ByteArraySerializer.class, "state");
    }

    @Bean
    KafkaTemplate<String, byte[]> claimStateKafkaTemplate(ProducerFactory<String, byte[]> producers) {
        return new KafkaTemplate<>(producers);
    }

    private static <V> ProducerFactory<String, V> producers(KafkaProperties kafka,
                                                            Class<? extends Serializer<?>> valueSerializer,
                                                            String name) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        // Distinct client ids keep the two producers' metrics and log lines apart.
        Object clientId = config.getOrDefault(ProducerConfig.CLIENT_ID_CONFIG, "claimtrail-relay");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-" + name);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer);
        // Order per claim and no duplicates from producer retries.
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, BATCH_LINGER_MS);
        return new DefaultKafkaProducerFactory<>(config);
    }
}
