package org.claimtrail.notification.relay;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;

import java.util.HashMap;
import java.util.Map;

/**
 * Producers of the notification role's writers (the relay, the checkpoints), keyed by claim id: ordered per claim and
 * without duplicates from retries, and gathering what a batch sends into one request. Each writer flushes what it
 * sent before it waits for the acknowledgements, so no writer waits for the linger; with no linger the broker took a
 * request, and most of its CPU, per record.
 */
public final class BatchProducers {

    private static final int LINGER_MS = 50;

    private BatchProducers() {
    }

    /** A factory of the application's producer settings, with client id {@code <client-id>-<name>}. */
    public static <V> ProducerFactory<String, V> factory(KafkaProperties kafka, Serializer<V> values, String name) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        // Distinct client ids keep the producers' metrics and log lines apart.
        Object clientId = config.getOrDefault(ProducerConfig.CLIENT_ID_CONFIG, "claimtrail-relay");
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-" + name);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        return new DefaultKafkaProducerFactory<>(config, new StringSerializer(), values);
    }
}
