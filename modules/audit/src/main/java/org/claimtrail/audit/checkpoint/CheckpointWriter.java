package org.claimtrail.audit.checkpoint;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.claimtrail.audit.chain.ChainHash;
import org.claimtrail.audit.chain.HeadCheckpoint;
import org.claimtrail.api.claim.ClaimEvent;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs each claim's chain head and keeps it twice: in PostgreSQL ({@link Checkpoints}) and in the
 * {@link CheckpointCopy} outside the database. It is a streaming processor of the notification role rather than a step of each
 * command: the write path stays as it was (no signature or extra row in the command's transaction, no Kafka on
 * command nodes), and this role already carries committed events out to Kafka, at least once and in order per
 * claim. The price is that a checkpoint trails its claim's head by the processor's lag: a tail removed before the
 * processor read it is not covered. A batch signs only the last head of each claim it saw, stores them with its
 * token and waits for the copy before it commits; a failure stops the processor, which retries the batch.
 */
@ProcessingGroup(CheckpointWriter.PROCESSING_GROUP)
public class CheckpointWriter {

    public static final String PROCESSING_GROUP = "audit-checkpoints";
    private static final String HEADS = CheckpointWriter.class.getName() + ".heads";

    private final PrivateKey key;
    private final Checkpoints checkpoints;
    private final CheckpointCopy copy;

    public CheckpointWriter(AuditKeys keys, Checkpoints checkpoints, CheckpointCopy copy) {
        this.key = keys.signingKey().orElseThrow();
        this.checkpoints = checkpoints;
        this.copy = copy;
    }

    private record Head(long sequence, String hash) {
    }

    @EventHandler
    void on(ClaimEvent event, DomainEventMessage<?> message, UnitOfWork<?> batch) {
        Object hash = message.getMetaData().get(ChainHash.HASH_KEY);
        if (hash == null) {
            return; // nothing to sign: verify reports the event that carries no hash
        }
        Map<String, Head> heads = batch.root().getOrComputeResource(HEADS, name -> signedBeforeCommit(batch));
        heads.put(message.getAggregateIdentifier(), new Head(message.getSequenceNumber(), hash.toString()));
    }

    private Map<String, Head> signedBeforeCommit(UnitOfWork<?> batch) {
        Map<String, Head> heads = new LinkedHashMap<>();
        batch.root().onPrepareCommit(u -> {
            String now = Instant.now().toString();
            List<HeadCheckpoint> signed = new ArrayList<>();
            heads.forEach((claim, head) -> signed.add(HeadCheckpoint.sign(key, claim, head.sequence(), head.hash(), now)));
            checkpoints.save(signed);
            copy.keep(signed);
        });
        return heads;
    }
}
