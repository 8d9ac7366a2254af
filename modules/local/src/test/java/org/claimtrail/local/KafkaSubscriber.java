package org.claimtrail.local;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A subscriber as docs/kafka.md tells one to write: a consumer group of its own reading from the start, with the
 * CloudEvents SDK's Kafka deserializer on the events topic, which fails on any message that is no valid CloudEvent.
 */
final class KafkaSubscriber<V> implements AutoCloseable {

    static final String EVENTS_TOPIC = "claimtrail.claim-events";
    static final String STATE_TOPIC = "claimtrail.claim-state";

    private final String topic;
    private final KafkaConsumer<String, V> consumer;
    private final List<ConsumerRecord<String, V>> records = new ArrayList<>();

    private KafkaSubscriber(LocalStack stack, String topic, Deserializer<V> values) {
        this.topic = topic;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "subscriber-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), values);
        consumer.subscribe(List.of(topic));
    }

    static KafkaSubscriber<CloudEvent> events(LocalStack stack) {
        return new KafkaSubscriber<>(stack, EVENTS_TOPIC, new CloudEventDeserializer());
    }

    static KafkaSubscriber<byte[]> states(LocalStack stack) {
        return new KafkaSubscriber<>(stack, STATE_TOPIC, new ByteArrayDeserializer());
    }

    /** Everything read so far, in the order read, once {@code done} holds for it; fails after {@code timeout}. */
    List<ConsumerRecord<String, V>> readUntil(Predicate<List<ConsumerRecord<String, V>>> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.test(records)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("After " + timeout + " the subscriber had read " + records.size()
                        + " messages, and not all it waited for");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return List.copyOf(records);
    }

    /** Everything on the topic up to its end as it is now. */
    List<ConsumerRecord<String, V>> readToEnd(Duration timeout) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        return readUntil(read -> consumer.assignment().containsAll(partitions)
                && partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition)),
                timeout);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
