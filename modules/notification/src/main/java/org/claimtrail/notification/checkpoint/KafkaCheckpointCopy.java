package org.claimtrail.notification.checkpoint;

import org.claimtrail.audit.chain.CanonicalJson;
import org.claimtrail.audit.chain.HeadCheckpoint;
import org.claimtrail.audit.chain.StoreCheckpoint;
import org.claimtrail.audit.checkpoint.CheckpointCopy;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps the signed checkpoints on the checkpoint topic, as canonical JSON: a claim's heads under its claim id, store
 * checkpoints under the key {@code store} (docs/audit.md). Flushes before it waits, so no batch waits for the linger.
 */
class KafkaCheckpointCopy implements CheckpointCopy {

    static final String STORE_KEY = "store";

    private final KafkaTemplate<String, String> kafka;
    private final String topic;

    KafkaCheckpointCopy(KafkaTemplate<String, String> kafka, String topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    @Override
    public void keep(List<HeadCheckpoint> heads) {
        CompletableFuture<?>[] sends = heads.stream()
                .map(head -> kafka.send(topic, head.claimId(), CanonicalJson.MAPPER.writeValueAsString(head)))
                .toArray(CompletableFuture[]::new);
        kafka.flush();
        CompletableFuture.allOf(sends).join();
    }

    @Override
    public void keep(StoreCheckpoint checkpoint) {
        CompletableFuture<?> sent = kafka.send(topic, STORE_KEY, CanonicalJson.MAPPER.writeValueAsString(checkpoint));
        kafka.flush();
        sent.join();
    }
}
