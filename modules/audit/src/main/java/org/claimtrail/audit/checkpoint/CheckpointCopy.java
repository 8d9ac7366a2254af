package org.claimtrail.audit.checkpoint;

import org.claimtrail.audit.chain.HeadCheckpoint;
import org.claimtrail.audit.chain.StoreCheckpoint;

import java.util.List;

/**
 * The copy of the signed checkpoints kept outside the database (docs/audit.md): whoever can rewrite PostgreSQL can
 * rewrite its checkpoints too, not those already copied. The notification role keeps it on a Kafka topic. Each method
 * returns once the copy is durable, so that a checkpoint is never committed without its copy.
 */
public interface CheckpointCopy {

    void keep(List<HeadCheckpoint> heads);

    void keep(StoreCheckpoint checkpoint);
}
