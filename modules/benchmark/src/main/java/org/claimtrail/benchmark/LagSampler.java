package org.claimtrail.benchmark;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How long after a write was acknowledged it shows in the read table and reaches a Kafka consumer. Writes are
 * sampled as they are acknowledged; one thread polls the read table for the sampled claims' versions every 2 ms, another
 * consumes the topic from its end, and each lag is the time from the acknowledgement to the first sight.
 */
final class LagSampler implements AutoCloseable {

    /** A write: the claim and the version its answer showed, acknowledged at {@code ackedAt} (System.nanoTime). */
    private record Sample(String claimId, long version, long ackedAt) {
    }

    private final Settings settings;
    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, Long> seenInTable = new ConcurrentHashMap<>();
    private final Map<String, Long> seenOnKafka = new ConcurrentHashMap<>();
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread tableWatcher;
    private final Thread kafkaWatcher;

    private final CountDownLatch atTheEnd = new CountDownLatch(1);

    /** Starts watching; answers once the consumer stands at the topic's end, so that no sampled write is missed. */
    LagSampler(Settings settings, InsertCeiling database) throws InterruptedException {
        this.settings = settings;
        this.tableWatcher = new Thread(() -> watchTable(database), "lag-read-table");
        this.kafkaWatcher = new Thread(this::watchKafka, "lag-kafka");
        tableWatcher.start();
        kafkaWatcher.start();
        if (!atTheEnd.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Could not reach Kafka at " + settings.kafka());
        }
    }

    synchronized void acknowledged(String claimId, long version) {
        Sample sample = new Sample(claimId, version, System.nanoTime());
        samples.add(sample);
        pending.put(key(claimId, version), version);
    }

    /** p50 and p99 of commit → read table and commit → Kafka, in ms, once every sample has been seen or 30 s passed. */
    record Lags(double tableP50, double tableP99, double kafkaP50, double kafkaP99, long samples, long unseen) {
    }

    Lags lags() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && (!pending.isEmpty() || !allOnKafka())) {
            Thread.sleep(50);
        }
        Latencies table = new Latencies();
        Latencies kafka = new Latencies();
        long unseen = 0;
        synchronized (this) {
            for (Sample sample : samples) {
                Long inTable = seenInTable.get(key(sample.claimId(), sample.version()));
                Long onKafka = seenOnKafka.get(key(sample.claimId(), sample.version()));
                if (inTable == null || onKafka == null) {
                    unseen++;
                    continue;
                }
                // Seen before the client had its answer counts as no lag.
                table.record(Math.max(0, inTable - sample.ackedAt()));
                kafka.record(Math.max(0, onKafka - sample.ackedAt()));
            }
        }
        Latencies.Summary t = table.summary();
        Latencies.Summary k = kafka.summary();
        return new Lags(t.p50(), t.p99(), k.p50(), k.p99(), samples.size(), unseen);
    }

    private synchronized boolean allOnKafka() {
        return samples.stream().allMatch(s -> seenOnKafka.containsKey(key(s.claimId(), s.version())));
    }

    private void watchTable(InsertCeiling database) {
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT claim_id::text, version FROM claim_view WHERE claim_id = ANY (?)")) {
            while (running.get()) {
                List<String> claims = pending.keySet().stream().map(k -> k.substring(0, k.indexOf('@'))).distinct()
                        .toList();
                if (claims.isEmpty()) {
                    Thread.sleep(1);
                    continue;
                }
                Array ids = connection.createArrayOf("uuid", claims.stream().map(UUID::fromString).toArray());
                select.setArray(1, ids);
                long now = System.nanoTime();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        String claim = result.getString(1);
                        long version = result.getLong(2);
                        pending.entrySet().removeIf(entry -> {
                            boolean shown = entry.getKey().startsWith(claim + "@") && entry.getValue() <= version;
                            if (shown) {
                                seenInTable.put(entry.getKey(), now);
                            }
                            return shown;
                        });
                    }
                }
                // Every 2 ms: polling without a pause took a core from the server it measures.
                Thread.sleep(2);
            }
        } catch (Exception e) {
            if (running.get()) {
                throw new IllegalStateException("Could not watch the read table", e);
            }
        }
    }

    private void watchKafka() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafka());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor("claimtrail.claim-events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            atTheEnd.countDown();
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    Header sequence = record.headers().lastHeader("ce_sequence");
                    if (sequence != null) {
                        seenOnKafka.putIfAbsent(key(record.key(),
                                Long.parseLong(new String(sequence.value(), StandardCharsets.UTF_8))), System.nanoTime());
                    }
                }
            }
        }
    }

    private static String key(String claimId, long version) {
        return claimId + "@" + version;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        tableWatcher.join();
        kafkaWatcher.join();
    }
}
