package org.claimtrail.notification.relay;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

import java.util.LinkedHashMap;
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
     * One producer for both topics, a bean of its own so that the context closes it on shutdown: a batch's events
     * and states go out in the same requests, and are flushed and acknowledged together.
     */
    @Bean
    ProducerFactory<String, Object> relayProducerFactory(KafkaProperties kafka) {
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(CloudEvent.class, new CloudEventSerializer());
        byType.put(byte[].class, new ByteArraySerializer());
        return BatchProducers.factory(kafka, new DelegatingByTypeSerializer(byType, true), "relay");
    }

    @Bean
    KafkaTemplate<String, Object> relayKafkaTemplate(ProducerFactory<String, Object> relayProducerFactory) {
        return new KafkaTemplate<>(relayProducerFactory);
    }
}
