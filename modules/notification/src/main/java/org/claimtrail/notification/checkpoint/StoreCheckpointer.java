package org.claimtrail.notification.checkpoint;

import org.claimtrail.api.audit.CanonicalJson;
import org.claimtrail.api.audit.StoreCheckpoint;
import org.claimtrail.platform.audit.AuditKeys;
import org.claimtrail.platform.audit.Checkpoints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Every {@code claimtrail.audit.store-checkpoint-interval} (default an hour), signs the Merkle root over all
 * claims' signed heads and keeps it in PostgreSQL with those heads, and on the checkpoint topic under the key
 * {@code store}. Each notification node takes its own: more signed roots than needed, never fewer.
 */
@Component
@ConditionalOnProperty("claimtrail.audit.signing-key")
public class StoreCheckpointer {

    static final String KAFKA_KEY = "store";

    private final PrivateKey key;
    private final Checkpoints checkpoints;
    private final KafkaTemplate<String, String> kafka;
    private final String topic;
    private final TransactionTemplate transaction;

    StoreCheckpointer(AuditKeys keys, Checkpoints checkpoints, KafkaTemplate<String, String> checkpointKafkaTemplate,
                      @Value("${claimtrail.audit.checkpoint-topic:claimtrail.audit.checkpoints}") String topic,
                      PlatformTransactionManager transactions) {
        this.key = keys.signingKey().orElseThrow();
        this.checkpoints = checkpoints;
        this.kafka = checkpointKafkaTemplate;
        this.topic = topic;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${claimtrail.audit.store-checkpoint-interval:PT1H}",
            initialDelayString = "${claimtrail.audit.store-checkpoint-interval:PT1H}")
    void scheduled() {
        take();
    }

    /** Takes a store checkpoint now. */
    public StoreCheckpoint take() {
        StoreCheckpoint checkpoint = transaction.execute(status -> {
            List<StoreCheckpoint.Head> heads = checkpoints.heads();
            StoreCheckpoint signed = StoreCheckpoint.sign(key, heads, Instant.now().toString());
            checkpoints.save(signed, heads);
            return signed;
        });
        CompletableFuture<?> sent = kafka.send(topic, KAFKA_KEY, CanonicalJson.MAPPER.writeValueAsString(checkpoint));
        kafka.flush();
        sent.join();
        return checkpoint;
    }
}
