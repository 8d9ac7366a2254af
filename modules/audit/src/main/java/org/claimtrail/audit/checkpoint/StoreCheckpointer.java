package org.claimtrail.audit.checkpoint;

import org.claimtrail.audit.chain.StoreCheckpoint;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;

/**
 * Every {@code claimtrail.audit.store-checkpoint-interval} (default an hour), signs the Merkle root over all
 * claims' signed heads and keeps it in PostgreSQL with those heads, and in the {@link CheckpointCopy}. Each
 * notification node takes its own: more signed roots than needed, never fewer.
 */
public class StoreCheckpointer {

    private final PrivateKey key;
    private final Checkpoints checkpoints;
    private final CheckpointCopy copy;
    private final TransactionTemplate transaction;

    public StoreCheckpointer(AuditKeys keys, Checkpoints checkpoints, CheckpointCopy copy,
                             PlatformTransactionManager transactions) {
        this.key = keys.signingKey().orElseThrow();
        this.checkpoints = checkpoints;
        this.copy = copy;
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
        copy.keep(checkpoint);
        return checkpoint;
    }
}
